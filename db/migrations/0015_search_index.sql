-- Full-text search (FTS5) over the project's own text: activities, conferences and their inputs, tiltak,
-- goals, measures, steering-group meetings (notes) and decisions, reports with their sections' text.
-- unicode61 without removing diacritics: æ, ø and å stay letters of their own (å is not a), while
-- capitals fold to lower case (Å to å). `scope` holds the project as a token ("p17"), so a search limited
-- to the person's projects is answered by the index. Each row's rowid is record id * 16 + the kind's code,
-- so the triggers find a record's row by rowid, never by scanning. Triggers keep the index in the same
-- transaction as every write (routes, imports, seed), and FK cascades fire them too.
CREATE VIRTUAL TABLE `search_index` USING fts5(
  title, body, scope,
  kind UNINDEXED, project_id UNINDEXED, record_id UNINDEXED, parent_id UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 0'
);
--> statement-breakpoint
INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT x.id * 16 + 1, x.title, x.description, 'p' || x.project_id, 'aktivitet', x.project_id, x.id, NULL FROM `activities` x;
--> statement-breakpoint
CREATE TRIGGER `search_activities_insert` AFTER INSERT ON `activities` BEGIN
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT new.id * 16 + 1, new.title, new.description, 'p' || new.project_id, 'aktivitet', new.project_id, new.id, NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_activities_update` AFTER UPDATE OF title, description, project_id ON `activities` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.id * 16 + 1;
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT new.id * 16 + 1, new.title, new.description, 'p' || new.project_id, 'aktivitet', new.project_id, new.id, NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_activities_delete` AFTER DELETE ON `activities` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.id * 16 + 1;
END;
--> statement-breakpoint
INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT x.id * 16 + 2, x.title, x.place || ' ' || x.purpose, 'p' || x.project_id, 'konferanse', x.project_id, x.id, NULL FROM `conferences` x;
--> statement-breakpoint
CREATE TRIGGER `search_conferences_insert` AFTER INSERT ON `conferences` BEGIN
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT new.id * 16 + 2, new.title, new.place || ' ' || new.purpose, 'p' || new.project_id, 'konferanse', new.project_id, new.id, NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_conferences_update` AFTER UPDATE OF title, place, purpose, project_id ON `conferences` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.id * 16 + 2;
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT new.id * 16 + 2, new.title, new.place || ' ' || new.purpose, 'p' || new.project_id, 'konferanse', new.project_id, new.id, NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_conferences_delete` AFTER DELETE ON `conferences` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.id * 16 + 2;
END;
--> statement-breakpoint
INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT x.id * 16 + 3, '', x.text || ' ' || x.raised_by || ' ' || x.follow_up_note, 'p' || (SELECT c.project_id FROM conferences c WHERE c.id = x.conference_id), 'innspill', (SELECT c.project_id FROM conferences c WHERE c.id = x.conference_id), x.id, x.conference_id FROM `conference_inputs` x;
--> statement-breakpoint
CREATE TRIGGER `search_conference_inputs_insert` AFTER INSERT ON `conference_inputs` BEGIN
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT new.id * 16 + 3, '', new.text || ' ' || new.raised_by || ' ' || new.follow_up_note, 'p' || (SELECT c.project_id FROM conferences c WHERE c.id = new.conference_id), 'innspill', (SELECT c.project_id FROM conferences c WHERE c.id = new.conference_id), new.id, new.conference_id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_conference_inputs_update` AFTER UPDATE OF text, raised_by, follow_up_note, conference_id ON `conference_inputs` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.id * 16 + 3;
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT new.id * 16 + 3, '', new.text || ' ' || new.raised_by || ' ' || new.follow_up_note, 'p' || (SELECT c.project_id FROM conferences c WHERE c.id = new.conference_id), 'innspill', (SELECT c.project_id FROM conferences c WHERE c.id = new.conference_id), new.id, new.conference_id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_conference_inputs_delete` AFTER DELETE ON `conference_inputs` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.id * 16 + 3;
END;
--> statement-breakpoint
INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT x.id * 16 + 4, x.title, x.description || ' ' || x.responsible_person, 'p' || x.project_id, 'tiltak', x.project_id, x.id, NULL FROM `tiltak` x;
--> statement-breakpoint
CREATE TRIGGER `search_tiltak_insert` AFTER INSERT ON `tiltak` BEGIN
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT new.id * 16 + 4, new.title, new.description || ' ' || new.responsible_person, 'p' || new.project_id, 'tiltak', new.project_id, new.id, NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_tiltak_update` AFTER UPDATE OF title, description, responsible_person, project_id ON `tiltak` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.id * 16 + 4;
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT new.id * 16 + 4, new.title, new.description || ' ' || new.responsible_person, 'p' || new.project_id, 'tiltak', new.project_id, new.id, NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_tiltak_delete` AFTER DELETE ON `tiltak` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.id * 16 + 4;
END;
--> statement-breakpoint
INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT x.id * 16 + 5, x.title, x.description, 'p' || x.project_id, 'mal', x.project_id, x.id, NULL FROM `goals` x;
--> statement-breakpoint
CREATE TRIGGER `search_goals_insert` AFTER INSERT ON `goals` BEGIN
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT new.id * 16 + 5, new.title, new.description, 'p' || new.project_id, 'mal', new.project_id, new.id, NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_goals_update` AFTER UPDATE OF title, description, project_id ON `goals` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.id * 16 + 5;
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT new.id * 16 + 5, new.title, new.description, 'p' || new.project_id, 'mal', new.project_id, new.id, NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_goals_delete` AFTER DELETE ON `goals` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.id * 16 + 5;
END;
--> statement-breakpoint
INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT x.id * 16 + 6, x.name, x.definition || ' ' || x.numerator_text || ' ' || x.denominator_text || ' ' || x.data_source, 'p' || x.project_id, 'maling', x.project_id, x.id, NULL FROM `measures` x;
--> statement-breakpoint
CREATE TRIGGER `search_measures_insert` AFTER INSERT ON `measures` BEGIN
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT new.id * 16 + 6, new.name, new.definition || ' ' || new.numerator_text || ' ' || new.denominator_text || ' ' || new.data_source, 'p' || new.project_id, 'maling', new.project_id, new.id, NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_measures_update` AFTER UPDATE OF name, definition, numerator_text, denominator_text, data_source, project_id ON `measures` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.id * 16 + 6;
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT new.id * 16 + 6, new.name, new.definition || ' ' || new.numerator_text || ' ' || new.denominator_text || ' ' || new.data_source, 'p' || new.project_id, 'maling', new.project_id, new.id, NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_measures_delete` AFTER DELETE ON `measures` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.id * 16 + 6;
END;
--> statement-breakpoint
INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT x.id * 16 + 7, x.place, x.notes, 'p' || x.project_id, 'mote', x.project_id, x.id, NULL FROM `steering_meetings` x;
--> statement-breakpoint
CREATE TRIGGER `search_steering_meetings_insert` AFTER INSERT ON `steering_meetings` BEGIN
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT new.id * 16 + 7, new.place, new.notes, 'p' || new.project_id, 'mote', new.project_id, new.id, NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_steering_meetings_update` AFTER UPDATE OF place, notes, project_id ON `steering_meetings` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.id * 16 + 7;
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT new.id * 16 + 7, new.place, new.notes, 'p' || new.project_id, 'mote', new.project_id, new.id, NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_steering_meetings_delete` AFTER DELETE ON `steering_meetings` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.id * 16 + 7;
END;
--> statement-breakpoint
INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT x.id * 16 + 8, x.text, x.owner, 'p' || x.project_id, 'beslutning', x.project_id, x.id, x.meeting_id FROM `decisions` x;
--> statement-breakpoint
CREATE TRIGGER `search_decisions_insert` AFTER INSERT ON `decisions` BEGIN
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT new.id * 16 + 8, new.text, new.owner, 'p' || new.project_id, 'beslutning', new.project_id, new.id, new.meeting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_decisions_update` AFTER UPDATE OF text, owner, meeting_id, project_id ON `decisions` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.id * 16 + 8;
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT new.id * 16 + 8, new.text, new.owner, 'p' || new.project_id, 'beslutning', new.project_id, new.id, new.meeting_id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_decisions_delete` AFTER DELETE ON `decisions` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.id * 16 + 8;
END;
--> statement-breakpoint
INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT r.id * 16 + 9, r.title, coalesce((SELECT group_concat(s.text, ' ') FROM `report_sections` s WHERE s.report_id = r.id), ''), 'p' || r.project_id, 'rapport', r.project_id, r.id, NULL FROM `reports` r;
--> statement-breakpoint
CREATE TRIGGER `search_reports_insert` AFTER INSERT ON `reports` BEGIN
  DELETE FROM `search_index` WHERE rowid = new.id * 16 + 9;
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT r.id * 16 + 9, r.title, coalesce((SELECT group_concat(s.text, ' ') FROM `report_sections` s WHERE s.report_id = r.id), ''), 'p' || r.project_id, 'rapport', r.project_id, r.id, NULL FROM `reports` r WHERE r.id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_reports_update` AFTER UPDATE OF title, project_id ON `reports` BEGIN
  DELETE FROM `search_index` WHERE rowid = new.id * 16 + 9;
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT r.id * 16 + 9, r.title, coalesce((SELECT group_concat(s.text, ' ') FROM `report_sections` s WHERE s.report_id = r.id), ''), 'p' || r.project_id, 'rapport', r.project_id, r.id, NULL FROM `reports` r WHERE r.id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_reports_delete` AFTER DELETE ON `reports` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.id * 16 + 9;
END;
--> statement-breakpoint
CREATE TRIGGER `search_report_sections_insert` AFTER INSERT ON `report_sections` BEGIN
  DELETE FROM `search_index` WHERE rowid = new.report_id * 16 + 9;
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT r.id * 16 + 9, r.title, coalesce((SELECT group_concat(s.text, ' ') FROM `report_sections` s WHERE s.report_id = r.id), ''), 'p' || r.project_id, 'rapport', r.project_id, r.id, NULL FROM `reports` r WHERE r.id = new.report_id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_report_sections_update` AFTER UPDATE ON `report_sections` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.report_id * 16 + 9;
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT r.id * 16 + 9, r.title, coalesce((SELECT group_concat(s.text, ' ') FROM `report_sections` s WHERE s.report_id = r.id), ''), 'p' || r.project_id, 'rapport', r.project_id, r.id, NULL FROM `reports` r WHERE r.id = old.report_id;
  DELETE FROM `search_index` WHERE rowid = new.report_id * 16 + 9;
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT r.id * 16 + 9, r.title, coalesce((SELECT group_concat(s.text, ' ') FROM `report_sections` s WHERE s.report_id = r.id), ''), 'p' || r.project_id, 'rapport', r.project_id, r.id, NULL FROM `reports` r WHERE r.id = new.report_id;
END;
--> statement-breakpoint
CREATE TRIGGER `search_report_sections_delete` AFTER DELETE ON `report_sections` BEGIN
  DELETE FROM `search_index` WHERE rowid = old.report_id * 16 + 9;
  INSERT INTO `search_index` (rowid, title, body, scope, kind, project_id, record_id, parent_id)
  SELECT r.id * 16 + 9, r.title, coalesce((SELECT group_concat(s.text, ' ') FROM `report_sections` s WHERE s.report_id = r.id), ''), 'p' || r.project_id, 'rapport', r.project_id, r.id, NULL FROM `reports` r WHERE r.id = old.report_id;
END;

-- A measure's target is stored in the measure's own scale (see app/domain/target-scale.ts). Two
-- mistakes are put right where the intent is plain; every other measure is left as it is, and the
-- form and the measure page warn about what still does not fit. Each change is logged like an edit
-- (no user: the system), before the row changes so the log has the old values.
--
-- 1. A share in per cent (unit «%» or «prosent») with a target above 1 on scale 1: the scale was wrong.
INSERT INTO `audit_log` (`user_id`, `action`, `entity_type`, `entity_id`, `project_id`, `detail`)
SELECT NULL, 'update', 'measure', CAST(`id` AS TEXT), `project_id`,
	json_object('changes', json_object('multiplier', json_object('før', `multiplier`, 'etter', 100)), 'reason', 'Skala 100 for prosent (migrering 0013)')
FROM `measures`
WHERE `kind` = 'andel' AND `multiplier` = 1 AND `target` > 1 AND `target` <= 100 AND lower(trim(`unit`)) IN ('%', 'prosent');
--> statement-breakpoint
UPDATE `measures`
SET `multiplier` = 100, `version` = `version` + 1, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE `kind` = 'andel' AND `multiplier` = 1 AND `target` > 1 AND `target` <= 100 AND lower(trim(`unit`)) IN ('%', 'prosent');
--> statement-breakpoint
-- 2. A share on scale 100 with a target of at most 1: a fraction typed for a per-cent scale. Not when
-- lower is better: there a target of 1 % or less is a real goal (fewer readmissions, infections).
INSERT INTO `audit_log` (`user_id`, `action`, `entity_type`, `entity_id`, `project_id`, `detail`)
SELECT NULL, 'update', 'measure', CAST(`id` AS TEXT), `project_id`,
	json_object('changes', json_object('target', json_object('før', `target`, 'etter', round(`target` * 100, 9))), 'reason', 'Målet i skala 100 (migrering 0013)')
FROM `measures`
WHERE `kind` = 'andel' AND `multiplier` = 100 AND `target` > 0 AND `target` <= 1 AND `direction` <> 'lavere_er_bedre';
--> statement-breakpoint
UPDATE `measures`
SET `target` = round(`target` * 100, 9), `version` = `version` + 1, `updated_at` = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE `kind` = 'andel' AND `multiplier` = 100 AND `target` > 0 AND `target` <= 1 AND `direction` <> 'lavere_er_bedre';

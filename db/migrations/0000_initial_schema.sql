CREATE TABLE `activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`title` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`type_id` text NOT NULL,
	`step_id` text NOT NULL,
	`theme_id` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`evidence_url` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activities_project_date_idx` ON `activities` (`project_id`,`start_date`);--> statement-breakpoint
CREATE TABLE `activity_audiences` (
	`activity_id` integer NOT NULL,
	`audience_id` text NOT NULL,
	`leader_level` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`activity_id`, `audience_id`, `leader_level`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `activity_organisations` (
	`activity_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	PRIMARY KEY(`activity_id`, `organisation_id`),
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`user_id` integer,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` text,
	`project_id` integer,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `audit_project_idx` ON `audit_log` (`project_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `chart_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`measure_id` integer NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`text` text NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `conference_inputs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conference_id` integer NOT NULL,
	`text` text NOT NULL,
	`raised_by` text DEFAULT '' NOT NULL,
	`follow_up` text DEFAULT 'ikke_vurdert' NOT NULL,
	`tiltak_id` integer,
	`follow_up_note` text DEFAULT '' NOT NULL,
	`followed_up_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`conference_id`) REFERENCES `conferences`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tiltak_id`) REFERENCES `tiltak`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `conference_participants` (
	`conference_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`conference_id`, `organisation_id`),
	FOREIGN KEY (`conference_id`) REFERENCES `conferences`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `conference_programme_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`conference_id` integer NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`time` text DEFAULT '' NOT NULL,
	`title` text NOT NULL,
	`presenter` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`conference_id`) REFERENCES `conferences`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `conferences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`title` text NOT NULL,
	`date` text NOT NULL,
	`end_date` text,
	`place` text DEFAULT '' NOT NULL,
	`region` text,
	`purpose` text DEFAULT '' NOT NULL,
	`step_id` text DEFAULT 'forberedelse' NOT NULL,
	`theme_id` text DEFAULT 'forankre' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `conferences_project_idx` ON `conferences` (`project_id`,`date`);--> statement-breakpoint
CREATE TABLE `data_points` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`measure_id` integer NOT NULL,
	`date` text NOT NULL,
	`value` real,
	`numerator` real,
	`denominator` real,
	`note` text DEFAULT '' NOT NULL,
	`excluded` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `data_points_measure_date_uq` ON `data_points` (`measure_id`,`date`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`meeting_id` integer,
	`text` text NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`due_date` text,
	`status` text DEFAULT 'apen' NOT NULL,
	`tiltak_id` integer,
	`goal_id` integer,
	`measure_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `steering_meetings`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`tiltak_id`) REFERENCES `tiltak`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `goal_status_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`goal_id` integer NOT NULL,
	`date` text NOT NULL,
	`status` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`kind` text NOT NULL,
	`number` integer,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `goals_project_idx` ON `goals` (`project_id`);--> statement-breakpoint
CREATE TABLE `hearing_responses` (
	`hearing_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`response_date` text,
	`answer` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`hearing_id`, `organisation_id`),
	FOREIGN KEY (`hearing_id`) REFERENCES `tiltak_hearings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `login_attempts` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer DEFAULT 0 NOT NULL,
	`window_start` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `measure_goals` (
	`measure_id` integer NOT NULL,
	`goal_id` integer NOT NULL,
	PRIMARY KEY(`measure_id`, `goal_id`),
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `measure_tiltak` (
	`measure_id` integer NOT NULL,
	`tiltak_id` integer NOT NULL,
	PRIMARY KEY(`measure_id`, `tiltak_id`),
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tiltak_id`) REFERENCES `tiltak`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `measures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`definition` text DEFAULT '' NOT NULL,
	`numerator_text` text DEFAULT '' NOT NULL,
	`denominator_text` text DEFAULT '' NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`direction` text DEFAULT 'noytral' NOT NULL,
	`target` real,
	`target_date` text,
	`data_source` text DEFAULT '' NOT NULL,
	`frequency` text DEFAULT '' NOT NULL,
	`owner_after_project` text DEFAULT '' NOT NULL,
	`continues_after_project` integer DEFAULT false NOT NULL,
	`chart_type` text DEFAULT 'run' NOT NULL,
	`multiplier` real DEFAULT 1 NOT NULL,
	`is_illustrative` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `measures_project_idx` ON `measures` (`project_id`);--> statement-breakpoint
CREATE TABLE `meeting_attendees` (
	`meeting_id` integer NOT NULL,
	`name` text NOT NULL,
	`user_id` integer,
	PRIMARY KEY(`meeting_id`, `name`),
	FOREIGN KEY (`meeting_id`) REFERENCES `steering_meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`kind` text,
	`parent_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_name_level_uq` ON `organisations` (`name`,`level`);--> statement-breakpoint
CREATE TABLE `project_memberships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`role` text NOT NULL,
	`organisation_id` integer,
	`position` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `memberships_project_user_uq` ON `project_memberships` (`project_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `memberships_user_idx` ON `project_memberships` (`user_id`);--> statement-breakpoint
CREATE TABLE `project_organisations` (
	`project_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`region` text,
	`participation` text DEFAULT 'deltaker' NOT NULL,
	PRIMARY KEY(`project_id`, `organisation_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `project_phases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`description` text DEFAULT '' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`funder` text DEFAULT '' NOT NULL,
	`target_group` text DEFAULT '' NOT NULL,
	`current_step` text DEFAULT 'forberedelse' NOT NULL,
	`start_date` text,
	`end_date` text,
	`protect_small_counts` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `qualitative_evaluations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`measure_id` integer,
	`date` text NOT NULL,
	`method` text NOT NULL,
	`summary` text NOT NULL,
	`document_ref` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `readiness_answers` (
	`project_id` integer NOT NULL,
	`check_id` text NOT NULL,
	`status` text NOT NULL,
	`evidence` text DEFAULT '' NOT NULL,
	`not_relevant_reason` text DEFAULT '' NOT NULL,
	`answered_by` integer,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`project_id`, `check_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`answered_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `readiness_snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`taken_at` text NOT NULL,
	`verdict` text NOT NULL,
	`result_json` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `report_sections` (
	`report_id` integer NOT NULL,
	`section_key` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`report_id`, `section_key`),
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `report_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`version_number` integer NOT NULL,
	`frozen_at` text NOT NULL,
	`frozen_by` integer,
	`content_json` text NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`frozen_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_versions_uq` ON `report_versions` (`report_id`,`version_number`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`title` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`status` text DEFAULT 'utkast' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`csrf_token` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `steering_meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`date` text NOT NULL,
	`place` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `step_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`step_id` text NOT NULL,
	`requested_by` integer,
	`requested_at` text NOT NULL,
	`justification` text NOT NULL,
	`status` text DEFAULT 'venter' NOT NULL,
	`decided_by` integer,
	`decided_at` text,
	`comment` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sustainability_answers` (
	`round_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`item_id` text NOT NULL,
	`level` text,
	`answer` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`evidence` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`round_id`, `user_id`, `item_id`),
	FOREIGN KEY (`round_id`) REFERENCES `sustainability_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sustainability_raters` (
	`round_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`submitted_at` text,
	PRIMARY KEY(`round_id`, `user_id`),
	FOREIGN KEY (`round_id`) REFERENCES `sustainability_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sustainability_reviews` (
	`round_id` integer NOT NULL,
	`item_id` text NOT NULL,
	`verdict` text,
	`comment` text DEFAULT '' NOT NULL,
	`planned_action` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`round_id`, `item_id`),
	FOREIGN KEY (`round_id`) REFERENCES `sustainability_rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sustainability_rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`instrument_id` text NOT NULL,
	`instrument_version` integer NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'apen' NOT NULL,
	`started_at` text NOT NULL,
	`signed_at` text,
	`signed_by` integer,
	`previous_round_id` integer,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`signed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `tiltak` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`priority` text NOT NULL,
	`status` text DEFAULT 'ide' NOT NULL,
	`responsible_organisation_id` integer,
	`responsible_person` text DEFAULT '' NOT NULL,
	`start_date` text,
	`next_evaluation_date` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`responsible_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tiltak_project_idx` ON `tiltak` (`project_id`);--> statement-breakpoint
CREATE TABLE `tiltak_agreement_areas` (
	`tiltak_id` integer NOT NULL,
	`agreement_area_id` text NOT NULL,
	PRIMARY KEY(`tiltak_id`, `agreement_area_id`),
	FOREIGN KEY (`tiltak_id`) REFERENCES `tiltak`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `tiltak_failure_areas` (
	`tiltak_id` integer NOT NULL,
	`failure_area_id` text NOT NULL,
	PRIMARY KEY(`tiltak_id`, `failure_area_id`),
	FOREIGN KEY (`tiltak_id`) REFERENCES `tiltak`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `tiltak_goals` (
	`tiltak_id` integer NOT NULL,
	`goal_id` integer NOT NULL,
	PRIMARY KEY(`tiltak_id`, `goal_id`),
	FOREIGN KEY (`tiltak_id`) REFERENCES `tiltak`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`goal_id`) REFERENCES `goals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `tiltak_hearings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tiltak_id` integer NOT NULL,
	`sent_date` text NOT NULL,
	`deadline` text,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`tiltak_id`) REFERENCES `tiltak`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `tiltak_organisations` (
	`tiltak_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	PRIMARY KEY(`tiltak_id`, `organisation_id`),
	FOREIGN KEY (`tiltak_id`) REFERENCES `tiltak`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `tiltak_standardisations` (
	`tiltak_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`document_kind` text NOT NULL,
	`reference` text NOT NULL,
	`recorded_at` text NOT NULL,
	PRIMARY KEY(`tiltak_id`, `organisation_id`),
	FOREIGN KEY (`tiltak_id`) REFERENCES `tiltak`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `tiltak_status_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tiltak_id` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`changed_at` text NOT NULL,
	`changed_by` integer,
	`reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`tiltak_id`) REFERENCES `tiltak`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text,
	`is_admin` integer DEFAULT false NOT NULL,
	`disabled_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);
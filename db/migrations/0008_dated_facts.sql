CREATE TABLE `tiltak_evaluations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tiltak_id` integer NOT NULL,
	`date` text NOT NULL,
	`method` text NOT NULL,
	`result` text NOT NULL,
	`decision` text NOT NULL,
	`next_evaluation_date` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`tiltak_id`) REFERENCES `tiltak`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tiltak_evaluations_tiltak_idx` ON `tiltak_evaluations` (`tiltak_id`,`date`);--> statement-breakpoint
ALTER TABLE `goal_status_entries` ADD `reason` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `measures` ADD `continues_since` text;--> statement-breakpoint
ALTER TABLE `project_group_members` ADD `since` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `project_memberships` ADD `since` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `readiness_answers` ADD `answered_on` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `tiltak_status_history` ADD `effective_date` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Facts recorded before this migration became true on the day they were recorded.
UPDATE `tiltak_status_history` SET `effective_date` = substr(`changed_at`, 1, 10) WHERE `effective_date` = '';--> statement-breakpoint
UPDATE `project_memberships` SET `since` = substr(`created_at`, 1, 10) WHERE `since` = '';--> statement-breakpoint
UPDATE `project_group_members` SET `since` = substr(`created_at`, 1, 10) WHERE `since` = '';--> statement-breakpoint
UPDATE `readiness_answers` SET `answered_on` = substr(`updated_at`, 1, 10) WHERE `answered_on` = '';--> statement-breakpoint
UPDATE `measures` SET `continues_since` = substr(`created_at`, 1, 10) WHERE `continues_after_project` = 1;--> statement-breakpoint
-- The manual check of users choosing measures became the data-driven check of users in the design.
UPDATE `readiness_answers` SET `check_id` = 'brukere-i-utformingen' WHERE `check_id` = 'brukere-velger-malinger';

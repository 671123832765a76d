CREATE TABLE `pending_import_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`import_id` integer NOT NULL,
	`row` integer NOT NULL,
	`date` text,
	`value` real,
	`numerator` real,
	`denominator` real,
	`note` text DEFAULT '' NOT NULL,
	`error` text,
	FOREIGN KEY (`import_id`) REFERENCES `pending_imports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pending_import_rows_import_idx` ON `pending_import_rows` (`import_id`);--> statement-breakpoint
CREATE TABLE `pending_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`measure_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`point_count` integer NOT NULL,
	`error_count` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pending_imports_measure_user_idx` ON `pending_imports` (`measure_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `pending_imports_created_idx` ON `pending_imports` (`created_at`);
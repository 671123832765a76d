CREATE TABLE `kept_forms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`page` text NOT NULL,
	`reason` text NOT NULL,
	`fields` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `kept_forms_user_page_idx` ON `kept_forms` (`user_id`,`page`);--> statement-breakpoint
CREATE INDEX `kept_forms_expires_idx` ON `kept_forms` (`expires_at`);--> statement-breakpoint
ALTER TABLE `sessions` ADD `previous_csrf_token` text;
CREATE TABLE `digest_deliveries` (
	`user_id` integer NOT NULL,
	`day` text NOT NULL,
	`status` text DEFAULT 'sender' NOT NULL,
	`claimed_by` text DEFAULT '' NOT NULL,
	`claimed_at` text NOT NULL,
	`finished_at` text,
	`item_keys_json` text DEFAULT '[]' NOT NULL,
	`attempts` integer DEFAULT 1 NOT NULL,
	PRIMARY KEY(`user_id`, `day`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `unsubscribe_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`used_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unsubscribe_tokens_token_hash_unique` ON `unsubscribe_tokens` (`token_hash`);--> statement-breakpoint
ALTER TABLE `decisions` ADD `owner_user_id` integer REFERENCES users(id) ON DELETE SET NULL;--> statement-breakpoint
-- Existing decisions: the owner is the project member of exactly that name, where there is one.
UPDATE `decisions` SET `owner_user_id` = (
  SELECT min(u.`id`) FROM `users` u JOIN `project_memberships` m ON m.`user_id` = u.`id`
  WHERE m.`project_id` = `decisions`.`project_id` AND lower(trim(u.`name`)) = lower(trim(`decisions`.`owner`))
  HAVING count(*) = 1
);--> statement-breakpoint
ALTER TABLE `users` ADD `digest_frequency` text DEFAULT 'daglig' NOT NULL;
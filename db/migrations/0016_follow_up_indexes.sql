CREATE INDEX `conference_inputs_conference_idx` ON `conference_inputs` (`conference_id`,`follow_up`);--> statement-breakpoint
CREATE INDEX `decisions_project_due_idx` ON `decisions` (`project_id`,`due_date`);--> statement-breakpoint
CREATE INDEX `decisions_owner_idx` ON `decisions` (`owner_user_id`);--> statement-breakpoint
CREATE INDEX `readiness_snapshots_project_idx` ON `readiness_snapshots` (`project_id`,`taken_at`);--> statement-breakpoint
CREATE INDEX `step_reviews_project_idx` ON `step_reviews` (`project_id`,`status`);--> statement-breakpoint
CREATE INDEX `sustainability_rounds_project_idx` ON `sustainability_rounds` (`project_id`,`status`);
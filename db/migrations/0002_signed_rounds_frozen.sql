-- A signed sustainability round is frozen: its row, raters, answers and reviews can no longer be changed.
CREATE TRIGGER signed_round_no_update BEFORE UPDATE ON sustainability_rounds
WHEN OLD.status = 'signert'
BEGIN
  SELECT RAISE(ABORT, 'sustainability round is signed');
END;
--> statement-breakpoint
CREATE TRIGGER signed_round_answers_no_update BEFORE UPDATE ON sustainability_answers
WHEN (SELECT status FROM sustainability_rounds WHERE id = OLD.round_id) = 'signert'
BEGIN
  SELECT RAISE(ABORT, 'sustainability round is signed');
END;
--> statement-breakpoint
CREATE TRIGGER signed_round_reviews_no_update BEFORE UPDATE ON sustainability_reviews
WHEN (SELECT status FROM sustainability_rounds WHERE id = OLD.round_id) = 'signert'
BEGIN
  SELECT RAISE(ABORT, 'sustainability round is signed');
END;
--> statement-breakpoint
CREATE TRIGGER signed_round_raters_no_update BEFORE UPDATE ON sustainability_raters
WHEN (SELECT status FROM sustainability_rounds WHERE id = OLD.round_id) = 'signert'
BEGIN
  SELECT RAISE(ABORT, 'sustainability round is signed');
END;

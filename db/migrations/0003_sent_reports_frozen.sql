-- A sent report version is frozen: it can never be changed. Later changes become a new version.
CREATE TRIGGER report_versions_no_update BEFORE UPDATE ON report_versions
BEGIN
  SELECT RAISE(ABORT, 'report version is frozen');
END;

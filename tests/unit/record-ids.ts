// One record of each kind in the demo project «Helt» (project 1), for tests that open every page or
// probe every route: the seeded ones, plus a report, a meeting and a finished Word job made here.
import { listActivities } from "../../app/models/activity.server";
import { listConferences } from "../../app/models/conference.server";
import { createJob, finishJob } from "../../app/models/jobs.server";
import { listMeasureSummaries } from "../../app/models/measure.server";
import { createReport } from "../../app/models/report.server";
import { createMeeting } from "../../app/models/steering.server";
import { listRounds } from "../../app/models/sustainability.server";
import { listTiltak } from "../../app/models/tiltak.server";

/** The ids, by the names route paths use (:activityId …); `leader` is the project leader's user id. */
export function recordIdsOfHelt(leader: number, title: string): Record<string, string> {
  const jobId = createJob({ kind: "rapport-word", userId: leader, projectId: 1, title, step: "" });
  finishJob(jobId, { file: { name: "rapport.docx", type: "application/octet-stream", data: Buffer.from("PK") } });
  return {
    projectId: "1",
    activityId: String(listActivities(1)[0].id),
    conferenceId: String(listConferences(1)[0].id),
    measureId: String(listMeasureSummaries(1)[0].id),
    tiltakId: String(listTiltak(1)[0].id),
    roundId: String(listRounds(1)[0].id),
    reportId: String(createReport({ projectId: 1, userId: leader, title, periodStart: "2011-01-01", periodEnd: "2013-12-31" }).id),
    meetingId: String(createMeeting({ projectId: 1, userId: leader, date: "2013-01-01", place: "Namsos", notes: "", attendeeUserIds: [leader], otherAttendees: [] }).id),
    userId: String(leader),
    jobId: String(jobId),
  };
}

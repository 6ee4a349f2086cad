package fr.engagements.web.board;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One page of a board: its campaign, counts, quota, rows, and for the jury the progress of its sessions. */
public record BoardPage(String board, String title, int campaign, List<Integer> campaigns, BoardFilter filter, Summary summary,
    List<StepCount> steps, List<OutcomeCount> outcomes, Quota quota, long total, int page, int pages, int pageSize,
    List<Row> rows, Map<String, String> stepLabels, Map<String, String> outcomeLabels, List<SessionBoard.SessionView> sessions) {

  /** The campaign's cases in the board's scope, whatever the filters. */
  public record Summary(long cases, long open, long ended, long waiting, long overdue) {
  }

  /** Cases with an open task of this step; {@code overdue}: those whose task of this step is late. */
  public record StepCount(String step, String label, long cases, long overdue) {
  }

  public record OutcomeCount(String outcome, String label, long cases) {
  }

  /**
   * CER: the campaign's funded places; CESP: the faculties' contract quotas (signed contracts, open offers), with
   * {@code parts} the residents' and the students' quotas (CESP_5), empty for the CER.
   */
  public record Quota(String label, int quota, int used, int offers, int left, List<Quota> parts) {
    public Quota(String label, int quota, int used, int offers, int left) {
      this(label, quota, used, offers, left, List.of());
    }
  }

  /**
   * An open task of a case: its step, whether it is the applicant's own (assigned to them), and, for the people who
   * may work it (else null), its place in Tasklist.
   */
  public record RowTask(String id, String step, String label, Instant due, String dueText, boolean overdue, boolean applicants,
      String tasklistUrl) {
  }

  /** One case as the board lists it: no restricted data (bank details, health evidence, jury rationales). */
  public record Row(String businessKey, String applicantName, int campaignYear, String faculty, String region, String phase,
      List<RowTask> tasks, boolean overdue, String outcome, String outcomeLabel, String state, String funding,
      Long allowancePaidCents, Long reimbursementDueCents, Instant createdAt, String caseUrl) {

    /** Whether one of its open tasks is the reader's to work (Tasklist would show the others to nobody here). */
    public boolean hasTaskToOpen() {
      return tasks.stream().anyMatch(t -> t.tasklistUrl() != null);
    }

    /** Who holds the open tasks the reader may not work, in French: the applicant, or another service. */
    public String holder() {
      return !tasks.isEmpty() && tasks.stream().allMatch(RowTask::applicants) ? "Tâche du demandeur" : "Tâche d’un autre service";
    }
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages;
  }
}

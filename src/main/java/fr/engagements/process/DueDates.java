package fr.engagements.process;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import fr.engagements.config.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** A task's limit as the person reads it in its description: the number of days the campaign gives, and the date. */
public final class DueDates {

  private DueDates() {
  }

  /**
   * {@code " dans les 30 jours, au plus tard le 2 janvier 2027"} from the task's creation and due date (the limit is a
   * campaign setting, so the text must not say 30 when the campaign says otherwise); empty without a due date.
   */
  public static String until(DelegateTask task) {
    if (task.getDueDate() == null) {
      return "";
    }
    LocalDate due = task.getDueDate().toInstant().atZone(EngineClock.ZONE).toLocalDate();
    String date = FrenchFormat.dayInWords(due);
    if (task.getCreateTime() == null) {
      return ", au plus tard le " + date;
    }
    long days = ChronoUnit.DAYS.between(task.getCreateTime().toInstant().atZone(EngineClock.ZONE).toLocalDate(), due);
    return " dans les " + days + " jours, au plus tard le " + date;
  }
}

package fr.engagements.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The links that e-mails carry: a task in Tasklist, a case's timeline. Base URLs are settings. */
@Component
public class NotificationLinks {

  private final String tasklistUrl;
  private final String timelineUrl;

  NotificationLinks(@Value("${engagements.mail.tasklist-url:http://localhost:8080/camunda/app/tasklist/}") String tasklistUrl,
      @Value("${engagements.mail.timeline-url:http://localhost:8080/timeline.html}") String timelineUrl) {
    this.tasklistUrl = tasklistUrl.endsWith("/") ? tasklistUrl : tasklistUrl + "/";
    this.timelineUrl = timelineUrl;
  }

  /** Tasklist opened on one task ({@code …/tasklist/default/#/?task=<id>}). */
  public String task(String taskId) {
    String base = tasklistUrl.endsWith("/default/") ? tasklistUrl : tasklistUrl + "default/";
    return base + "#/?task=" + URLEncoder.encode(taskId, StandardCharsets.UTF_8);
  }

  /** Tasklist's home page. */
  public String tasklist() {
    return tasklistUrl;
  }

  /** The case's timeline page ({@code timeline.html?businessKey=…}). */
  public String timeline(String businessKey) {
    return timelineUrl + (timelineUrl.contains("?") ? "&" : "?") + "businessKey="
        + URLEncoder.encode(businessKey, StandardCharsets.UTF_8);
  }
}

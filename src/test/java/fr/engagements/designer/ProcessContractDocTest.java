package fr.engagements.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.engagements.process.InputPolicies;
import fr.engagements.process.TaskPolicy;
import fr.engagements.support.EngineTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;

/**
 * processes/README.md tells the truth about the deployed models: for every process of
 * {@code processes/*.bpmn}, the table between {@code <!-- generated:<key>:user-tasks -->} and
 * {@code <!-- /generated:<key>:user-tasks -->} lists the user tasks of the latest deployed version
 * (key, name, candidate groups / assignee, form) with the variables their {@link TaskPolicy} lets a
 * client send. A drift fails with a diff; the tables are regenerated (and only they) by
 *
 * <pre>./mvnw -q test -Dtest=ProcessContractDocTest -Dcontract.write=true</pre>
 */
@EngineTest
class ProcessContractDocTest {

  static final Path README = ModelFiles.PROCESSES.resolve("README.md");
  static final String COMMAND = "./mvnw -q test -Dtest=ProcessContractDocTest -Dcontract.write=true";
  private static final Pattern BLOCK = Pattern.compile(
      "<!-- generated:([A-Za-z0-9_.-]+):user-tasks[^>]*-->\\n(.*?)<!-- /generated:\\1:user-tasks -->", Pattern.DOTALL);

  @Autowired
  RepositoryService repository;
  @Autowired
  InputPolicies policies;

  @Test
  void theUserTaskTablesOfTheReadmeMatchTheDeployedModels() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Map<String, String> expected = expectedTables();
    Map<String, String> documented = new LinkedHashMap<>();
    Matcher m = BLOCK.matcher(readme);
    while (m.find()) {
      documented.put(m.group(1), m.group(2));
    }

    if (Boolean.getBoolean("contract.write")) {
      String rewritten = rewrite(readme, expected);
      if (!rewritten.equals(readme)) {
        Files.writeString(README, rewritten, StandardCharsets.UTF_8);
        System.out.println("Rewrote the generated tables of " + README);
      }
      return;
    }

    List<String> problems = new ArrayList<>();
    expected.forEach((key, table) -> {
      String actual = documented.get(key);
      if (actual == null) {
        problems.add(README + " has no table of the user tasks of " + key + " (markers <!-- generated:" + key
            + ":user-tasks --> … <!-- /generated:" + key + ":user-tasks -->)");
      } else if (!actual.equals(table)) {
        problems.add(README + ", user tasks of " + key + " differ from the deployed model:\n" + diff(actual, table));
      }
    });
    documented.keySet().stream().filter(key -> !expected.containsKey(key))
        .forEach(key -> problems.add(README + " documents user tasks of " + key + ", which is not a process of processes/"));
    assertThat(problems).as("processes/README.md has drifted from the models; regenerate its tables with\n  " + COMMAND
        + "\nthen review the diff (git diff processes/README.md)").isEmpty();
  }

  /** The generated table of each process of processes/*.bpmn, from its latest deployed version. */
  Map<String, String> expectedTables() {
    Map<String, String> tables = new LinkedHashMap<>();
    for (Path file : ModelFiles.bpmn()) {
      for (Element process : ModelFiles.elements(ModelFiles.xml(file), ModelFiles.BPMN_NS, "process")) {
        if (!"false".equals(process.getAttribute("isExecutable"))) {
          String key = process.getAttribute("id");
          tables.put(key, table(key));
        }
      }
    }
    return tables;
  }

  private String table(String key) {
    ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    assertThat(latest).as("process %s of processes/ is not deployed", key).isNotNull();
    BpmnModelInstance model = repository.getBpmnModelInstance(latest.getId());
    Collection<UserTask> tasks = model.getModelElementsByType(UserTask.class);
    if (tasks.isEmpty()) {
      return "No user task.\n";
    }
    StringBuilder out = new StringBuilder()
        .append("| task key | name in Tasklist | candidate group / assignee | form | completion variables |\n")
        .append("|---|---|---|---|---|\n");
    for (UserTask task : tasks) {
      out.append("| `").append(task.getId()).append("` | ").append(nullToDash(task.getName()))
          .append(" | ").append(performers(task))
          .append(" | ").append(form(task))
          .append(" | ").append(completionVariables(key, task.getId()))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String performers(UserTask task) {
    List<String> parts = new ArrayList<>();
    if (task.getCamundaAssignee() != null) {
      parts.add("assignee `" + task.getCamundaAssignee() + "`");
    }
    if (task.getCamundaCandidateGroups() != null) {
      parts.add(codes(List.of(task.getCamundaCandidateGroups().split("\\s*,\\s*"))));
    }
    if (task.getCamundaCandidateUsers() != null) {
      parts.add("users " + codes(List.of(task.getCamundaCandidateUsers().split("\\s*,\\s*"))));
    }
    return parts.isEmpty() ? "—" : String.join(", ", parts);
  }

  private static String form(UserTask task) {
    if (task.getCamundaFormKey() != null) {
      return "`" + task.getCamundaFormKey().replaceFirst("^embedded:deployment:", "") + "`";
    }
    if (task.getCamundaFormRef() != null) {
      return "form `" + task.getCamundaFormRef() + "`";
    }
    return "—";
  }

  private String completionVariables(String processKey, String taskKey) {
    Optional<TaskPolicy> policy = policies.task(processKey, taskKey);
    if (policy.isEmpty()) {
      return "none (no TaskPolicy)";
    }
    return policy.get().completionVariables().isEmpty() ? "none" : codes(policy.get().completionVariables().stream().sorted().toList());
  }

  private static String codes(List<String> names) {
    return names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
  }

  private static String nullToDash(String s) {
    return s == null || s.isBlank() ? "—" : s.replace("|", "\\|");
  }

  /** The README with every generated block replaced; a missing block is added under its process's heading. */
  static String rewrite(String readme, Map<String, String> tables) {
    String out = readme;
    for (Map.Entry<String, String> entry : tables.entrySet()) {
      String key = entry.getKey();
      String block = "<!-- generated:" + key + ":user-tasks (" + COMMAND + ") -->\n" + entry.getValue()
          + "<!-- /generated:" + key + ":user-tasks -->";
      Matcher existing = Pattern.compile("<!-- generated:" + Pattern.quote(key) + ":user-tasks[^>]*-->\\n.*?<!-- /generated:"
          + Pattern.quote(key) + ":user-tasks -->", Pattern.DOTALL).matcher(out);
      if (existing.find()) {
        out = out.substring(0, existing.start()) + block + out.substring(existing.end());
        continue;
      }
      Matcher heading = Pattern.compile("(?m)^## `" + Pattern.quote(key) + "`.*$").matcher(out);
      String section = "\n\n### User tasks (generated)\n\n" + block;
      if (heading.find()) {
        out = out.substring(0, heading.end()) + section + out.substring(heading.end());
      } else {
        out = out.stripTrailing() + "\n\n## `" + key + "`" + section + "\n";
      }
    }
    return out;
  }

  private static String diff(String documented, String expected) {
    List<String> was = documented.lines().toList();
    List<String> is = expected.lines().toList();
    StringBuilder out = new StringBuilder();
    was.stream().filter(line -> !is.contains(line)).forEach(line -> out.append("  - README: ").append(line).append('\n'));
    is.stream().filter(line -> !was.contains(line)).forEach(line -> out.append("  + model:  ").append(line).append('\n'));
    return out.toString();
  }
}

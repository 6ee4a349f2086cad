package fr.engagements.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.engagements.support.EngineTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared Tasklist filters list the most urgent tasks first, whatever sort Tasklist asks for (it sends
 * "created, newest first" by default: the engine puts the filter's own ordering before it), and an existing
 * database's filters are brought back to their definition at start, under the same id, without duplicates.
 */
@EngineTest
class TasklistFiltersTest {

  @Autowired
  IdentitySeeder seeder;
  @Autowired
  FilterService filters;
  @Autowired
  TaskService tasks;
  @Autowired
  IdentityService identity;

  private final String group = "filtres-" + UUID.randomUUID().toString().substring(0, 8);
  private final String user = "agent-" + group;
  private final List<String> created = new ArrayList<>();

  @BeforeEach
  void aGroupWithThreeTasks() {
    Group g = identity.newGroup(group);
    g.setName("Groupe de test des filtres");
    g.setType(IdentitySeeder.TYPE);
    identity.saveGroup(g);
    seeder.ensureUser(user, "Alex", "Martin", user + "@staff.example.fr", user, List.of(group));
    // created in this order: the latest created is neither the most nor the least urgent
    task("Échéance dans 30 jours", 30);
    task("Échéance dans 5 jours", 5);
    task("Échéance dans 10 jours", 10);
  }

  @AfterEach
  void cleanUp() {
    identity.clearAuthentication();
    created.forEach(id -> tasks.deleteTask(id, true));
    identity.deleteUser(user);
    identity.deleteGroup(group);
  }

  @Test
  void myGroupsTasksAreListedSoonestDueFirstWhateverTasklistsSort() {
    assertThat(listedAsTasklistDoes(IdentitySeeder.MY_GROUPS_TASKS))
        .containsExactly("Échéance dans 5 jours", "Échéance dans 10 jours", "Échéance dans 30 jours");
  }

  @Test
  void anExistingFilterIsBroughtBackToItsDefinitionUnderTheSameId() {
    String id = seeder.filterId(IdentitySeeder.MY_GROUPS_TASKS);
    Filter old = filters.getFilter(id);
    old.setQuery(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").orderByTaskCreateTime().desc());
    old.setProperties(Map.of("description", "Ancienne définition", "priority", 0));
    filters.saveFilter(old);

    seeder.seedFilters();
    seeder.seedFilters();

    assertThat(filters.createFilterQuery().filterName(IdentitySeeder.MY_GROUPS_TASKS).count()).isEqualTo(1);
    Filter filter = filters.getFilter(id);
    assertThat(filter.getProperties()).containsEntry("priority", -5)
        .containsEntry("description", "Les tâches que votre groupe doit traiter, les plus urgentes d'abord.");
    assertThat(listedAsTasklistDoes(IdentitySeeder.MY_GROUPS_TASKS))
        .containsExactly("Échéance dans 5 jours", "Échéance dans 10 jours", "Échéance dans 30 jours");
  }

  /** The filter's list as Tasklist asks for it: extended with its default sort, newest first, as the logged-in user. */
  private List<String> listedAsTasklistDoes(String filterName) {
    identity.setAuthentication(user, List.of(group));
    List<Task> list = filters.listPage(seeder.filterId(filterName), tasks.createTaskQuery().orderByTaskCreateTime().desc(), 0, 15);
    return list.stream().map(Task::getName).toList();
  }

  private void task(String name, int dueInDays) {
    Task task = tasks.newTask();
    task.setName(name);
    task.setDueDate(Date.from(Instant.now().plus(Duration.ofDays(dueInDays))));
    tasks.saveTask(task);
    tasks.addCandidateGroup(task.getId(), group);
    created.add(task.getId());
  }
}

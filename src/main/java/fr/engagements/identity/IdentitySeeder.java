package fr.engagements.identity;

import fr.engagements.casefile.Groups;
import fr.engagements.casefile.Applicant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** Creates what is missing of the groups of domain.md and the shared Tasklist filters: safe to run at every start. */
@Component
public class IdentitySeeder {

  static final String TYPE = "WORKFLOW";

  private final IdentityService identity;
  private final FilterService filters;
  private final TaskService tasks;

  IdentitySeeder(IdentityService identity, FilterService filters, TaskService tasks) {
    this.identity = identity;
    this.filters = filters;
    this.tasks = tasks;
  }

  public void seedGroups() {
    for (Groups.Group g : Groups.ALL) {
      if (identity.createGroupQuery().groupId(g.id()).count() == 0) {
        Group group = identity.newGroup(g.id());
        group.setName(g.name());
        group.setType(Groups.ADMIN.equals(g.id()) ? "SYSTEM" : TYPE);
        identity.saveGroup(group);
      }
    }
  }

  /** A user with the given groups; the password is only set when the user is created. */
  public void ensureUser(String id, String firstName, String lastName, String email, String password, List<String> groups) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(password);
      identity.saveUser(user);
    }
    for (String group : groups) {
      if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identity.createMembership(id, group);
      }
    }
  }

  public static final String MY_TASKS = "Mes tâches";
  public static final String MY_GROUPS_TASKS = "Tâches de mes groupes";
  /** A filter of earlier versions: the jury now works in session (its members' tasks are their own); removed at start. */
  static final String JURY_OBSERVATION = "Tâches du jury (observation)";

  /**
   * Tasklist filters: my tasks (assigned to me) and my groups' tasks, soonest due first, shared with
   * everyone. (The jury works in session: each member's declaration and vote are their own tasks, in « Mes tâches ».)
   *
   * <p>Sorting: Tasklist sends its own sort with every list request (by default "Date de création",
   * newest first); the engine puts a filter's own ordering before it ({@code AbstractQuery.mergeOrdering}),
   * so these filters list by due date, tasks without a due date after the others being the database's
   * choice, then by creation, oldest first; Tasklist's choice only breaks the remaining ties.
   *
   * <p>Filters that exist (an existing database) are brought to this definition: same query, sort and
   * properties, same id (links and grants kept); running this again changes nothing.
   */
  public void seedFilters() {
    ensureFilter(MY_TASKS, "Les tâches qui vous sont attribuées : vos dossiers, ou celles que vous avez prises, les plus urgentes d'abord.", -10,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc().orderByTaskCreateTime().asc());
    ensureFilter(MY_GROUPS_TASKS, "Les tâches que votre groupe doit traiter, les plus urgentes d'abord.", -5,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").orderByDueDate().asc()
            .orderByTaskCreateTime().asc());
    filters.createFilterQuery().filterName(JURY_OBSERVATION).list().forEach(f -> filters.deleteFilter(f.getId()));
  }

  public String filterId(String name) {
    var filter = filters.createFilterQuery().filterName(name).orderByFilterId().asc().listPage(0, 1);
    return filter.isEmpty() ? null : filter.get(0).getId();
  }

  private void ensureFilter(String name, String description, int priority, TaskQuery query) {
    List<Filter> existing = filters.createFilterQuery().filterName(name).orderByFilterId().asc().listPage(0, 1);
    Filter filter = existing.isEmpty() ? filters.newTaskFilter(name) : existing.get(0);
    filter.setQuery(query).setProperties(properties(description, priority));
    filters.saveFilter(filter);
  }

  /** Tasklist's filter properties: description, place in the list, auto-refresh, the variables shown in the list. */
  static Map<String, Object> properties(String description, int priority) {
    return Map.of(
        "description", description,
        "priority", priority,
        "refresh", true,
        "variables", List.of(
            Map.of("name", Applicant.NAME.name(), "label", "Demandeur"),
            Map.of("name", "campaignYear", "label", "Campagne")));
  }
}

package fr.engagements.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.engagements.support.DecisionTableTest;
import fr.engagements.support.DecisionTables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.w3c.dom.Element;

/**
 * Every decision table of {@code processes/*.dmn} has a row-by-row test ({@link DecisionTableTest}) and
 * every one of its rows decides at least one of that test's cases: a row added by a designer without a
 * test case fails here, naming the table and the row. No Spring context, no engine.
 */
class DecisionTableCoverageTest {

  @Test
  void everyRowOfEveryDecisionTableIsDecidedByATestCase() throws Exception {
    Map<String, DecisionTableTest> tests = tableTests();
    List<String> problems = new ArrayList<>();
    for (Path file : ModelFiles.dmn()) {
      for (Element decision : ModelFiles.elements(ModelFiles.xml(file), ModelFiles.DMN_NS, "decision")) {
        if (ModelFiles.elements(decision.getOwnerDocument(), ModelFiles.DMN_NS, "decisionTable").stream()
            .noneMatch(t -> t.getParentNode() == decision)) {
          continue;
        }
        String key = decision.getAttribute("id");
        DecisionTableTest test = tests.get(key);
        if (test == null) {
          problems.add(file + ": decision table " + key + " has no row-by-row test — add a DecisionTableTest subclass"
              + " (see processes/README.md, \"Changing a model\")");
          continue;
        }
        DecisionTables.Table table = test.table();
        Set<String> decided = new LinkedHashSet<>();
        for (DecisionTableTest.TableCase c : test.cases()) {
          decided.addAll(table.evaluate(c.inputs()).decidedBy());
        }
        for (DecisionTables.Row row : table.rows()) {
          if (!decided.contains(row.id())) {
            problems.add(file + ": " + key + " " + row + " decides none of the cases of " + test.getClass().getSimpleName());
          }
        }
      }
    }
    assertThat(problems).as("decision table rows without a test case").isEmpty();
  }

  /** The row-by-row table tests on the test classpath, by decision key. */
  static Map<String, DecisionTableTest> tableTests() throws Exception {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(DecisionTableTest.class));
    Map<String, DecisionTableTest> byKey = new LinkedHashMap<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents("fr.engagements")) {
      Class<?> type = Class.forName(candidate.getBeanClassName());
      if (java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
        continue;
      }
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      DecisionTableTest test = (DecisionTableTest) constructor.newInstance();
      byKey.put(test.table().key(), test);
    }
    return byKey;
  }
}

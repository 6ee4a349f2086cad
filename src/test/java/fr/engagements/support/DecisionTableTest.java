package fr.engagements.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.dmn.HitPolicy;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A decision table of {@code processes/} tested row by row, without an engine: each case gives inputs,
 * the rows whose conditions hold (in table order) and the outputs expected. The test checks that exactly
 * those rows match, that the hit policy picks the right one (FIRST: the earliest; UNIQUE: the only
 * one) and that the outputs are the expected ones, so a designer who changes the table sees which
 * expectation moved. {@code DecisionTableCoverageTest} checks that every row of every table decides
 * at least one case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DecisionTableTest {

  private DecisionTables.Table table;

  /** The classpath resource, e.g. {@code processes/cer-eligibility.dmn}. */
  protected abstract String resource();

  /** The decision id (the key the application evaluates). */
  protected abstract String decisionKey();

  /** One case per row at least, and cases where rows overlap (hit policy). */
  public abstract List<TableCase> cases();

  public DecisionTables.Table table() {
    if (table == null) {
      table = DecisionTables.of(resource(), decisionKey());
    }
    return table;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void row(TableCase c) {
    DecisionTables.Table t = table();
    DecisionTables.Evaluation evaluation = t.evaluate(c.inputs());

    assertThat(evaluation.matching())
        .as("%s, case \"%s\": rows whose conditions hold — expected %s, got %s",
            t.key(), c.description(), t.describe(c.matching()), t.describe(evaluation.matching()))
        .containsExactlyElementsOf(c.matching());
    List<String> expectedDecidedBy = decidedBy(t.hitPolicy(), c.matching());
    assertThat(evaluation.decidedBy())
        .as("%s (hit policy %s), case \"%s\": the row that decides — expected %s, got %s",
            t.key(), t.hitPolicy(), c.description(), t.describe(expectedDecidedBy), t.describe(evaluation.decidedBy()))
        .containsExactlyElementsOf(expectedDecidedBy);
    assertThat(evaluation.outputs()).as("%s, case \"%s\": one result", t.key(), c.description()).hasSize(1);
    Map<String, Object> outputs = evaluation.outputs().get(0);
    c.outputs().forEach((name, expected) -> assertThat(outputs.get(name))
        .as("%s, case \"%s\", decided by %s: output %s", t.key(), c.description(), t.describe(evaluation.decidedBy()), name)
        .isEqualTo(expected));
  }

  static List<String> decidedBy(HitPolicy policy, List<String> matching) {
    if (matching.isEmpty()) {
      return List.of();
    }
    return switch (policy) {
      case FIRST, ANY, PRIORITY -> List.of(matching.get(0));
      case UNIQUE -> {
        if (matching.size() > 1) {
          throw new AssertionError("A UNIQUE table cannot have overlapping rows " + matching);
        }
        yield matching;
      }
      default -> matching;
    };
  }

  /** One test case: inputs, the rows that match them (table order), and expected outputs. */
  public record TableCase(String description, Map<String, Object> inputs, List<String> matching, Map<String, Object> outputs) {

    public static TableCase given(String description, Map<String, Object> inputs) {
      return new TableCase(description, new LinkedHashMap<>(inputs), List.of(), Map.of());
    }

    /** The rows whose conditions hold for these inputs, in table order (the hit policy then picks). */
    public TableCase matches(String... rowIds) {
      return new TableCase(description, inputs, List.of(rowIds), outputs);
    }

    /** Expected outputs, as name/value pairs. */
    public TableCase gives(Object... nameValues) {
      Map<String, Object> expected = new LinkedHashMap<>();
      List<Object> list = new ArrayList<>(Arrays.asList(nameValues));
      for (int i = 0; i + 1 < list.size(); i += 2) {
        expected.put((String) list.get(i), list.get(i + 1));
      }
      return new TableCase(description, inputs, matching, expected);
    }

    @Override
    public String toString() {
      return description;
    }
  }
}

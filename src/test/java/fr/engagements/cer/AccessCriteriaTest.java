package fr.engagements.cer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * CER_P8: publication level and grades alone never decide access. No decision table of the CER reads a publication
 * count, an impact factor, a grade or a rank; access (entry and post) is decided by the jury as people, in user tasks.
 */
class AccessCriteriaTest {

  /** Words that would name a quantitative criterion of the candidate profile (French or English). */
  private static final String QUANTITATIVE = "(?is).*(publi|impact|grade|note|score|rank|classement|citation|h-?index).*";

  @Test
  void CER_P8_noDecisionTableOfTheCerReadsPublicationsGradesOrRanks() throws IOException {
    Resource[] tables = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/cer-*.dmn");
    assertThat(tables).as("the CER's decision tables").isNotEmpty();
    List<String> inputs = new ArrayList<>();
    for (Resource table : tables) {
      try (InputStream in = table.getInputStream()) {
        DmnModelInstance model = Dmn.readModelFromStream(in);
        for (Input input : model.getModelElementsByType(Input.class)) {
          inputs.add(table.getFilename() + ": " + input.getLabel() + " = " + input.getInputExpression().getText().getTextContent());
        }
      }
    }
    // the label and expression of each input (not the table's file name: « cer-public-service » is not a publication)
    assertThat(inputs).as("inputs of the CER decision tables").isNotEmpty()
        .noneMatch(input -> input.substring(input.indexOf(": ") + 2).matches(QUANTITATIVE));
  }

  @Test
  void CER_P8_entryAndPostAreDecidedByTheJuryNotComputed() throws IOException {
    try (InputStream in = new PathMatchingResourcePatternResolver().getResource("classpath:processes/cer-candidacy.bpmn").getInputStream()) {
      BpmnModelInstance model = Bpmn.readModelFromStream(in);
      for (String decision : List.of("decideEntry", "decidePost")) {
        assertThat(model.<UserTask>getModelElementById(decision)).as("%s is a task of people", decision).isInstanceOf(UserTask.class)
            .extracting(UserTask::getCamundaCandidateGroups).isEqualTo("cer-jury");
      }
    }
  }
}

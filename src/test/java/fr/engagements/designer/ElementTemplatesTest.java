package fr.engagements.designer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.engagements.cer.CerCandidacyProcess.Outcome;
import fr.engagements.cesp.CespContractProcess;
import fr.engagements.cesp.events.RupturePenalty;
import fr.engagements.support.EngineTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Designers add steps from the element templates of {@code .camunda/element-templates/}, never by bean
 * name: every delegate and listener that {@code processes/*.bpmn} uses has a template of the right
 * element type, every template names a bean of the application, templates that name a decision table
 * or a template id point at something that exists, and every extension property a model sets on a
 * templated step is a field of its template (a designer sees it and can change it). Scans the folders,
 * so new models and templates are covered as they land. (Schema validity is checked by
 * {@code npm run test:lint}.)
 */
@EngineTest
class ElementTemplatesTest {

  private static final Pattern BEAN = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  ApplicationContext context;

  /** One template, with the delegate or listener expression it hides. */
  record Template(String file, String id, String name, List<String> appliesTo, String elementType,
      Optional<String> delegateExpression, List<String> listenerExpressions, JsonNode json) {

    boolean appliesTo(String bpmnType) {
      return bpmnType.equals(elementType) || (elementType == null && appliesTo.contains(bpmnType));
    }

    List<String> expressions() {
      List<String> all = new ArrayList<>(listenerExpressions);
      delegateExpression.ifPresent(all::add);
      return all;
    }

    List<String> camundaProperties() {
      List<String> names = new ArrayList<>();
      for (JsonNode p : json.path("properties")) {
        if ("camunda:property".equals(p.path("binding").path("type").asText())) {
          names.add(p.path("binding").path("name").asText());
        }
      }
      return names;
    }

    Optional<JsonNode> property(String camundaProperty) {
      for (JsonNode p : json.path("properties")) {
        JsonNode binding = p.path("binding");
        if ("camunda:property".equals(binding.path("type").asText()) && camundaProperty.equals(binding.path("name").asText())) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }
  }

  /** Where a model uses a delegate or listener expression. */
  record Use(String file, String elementId, String bpmnType, String kind, String expression, List<String> properties) {

    @Override
    public String toString() {
      return file + " #" + elementId + " (" + bpmnType + ", " + kind + " " + expression + ")";
    }
  }

  @Test
  void everyDelegateAndListenerOfTheModelsHasATemplateOfItsElementType() {
    List<Template> templates = templates();
    List<String> problems = new ArrayList<>();
    for (Use use : uses()) {
      if (use.kind().equals("taskListener")) {
        problems.add(use + ": task listeners cannot be templated in Camunda 7 — write a TaskPolicy instead");
        continue;
      }
      List<Template> matching = templates.stream().filter(t -> t.expressions().contains(use.expression())).toList();
      if (matching.isEmpty()) {
        problems.add(use + ": no element template in " + ModelFiles.TEMPLATES + " hides " + use.expression()
            + " — add one (see processes/README.md, \"Changing a model\")");
      } else if (matching.stream().noneMatch(t -> t.appliesTo(use.bpmnType()))) {
        problems.add(use + ": the templates hiding " + use.expression() + " ("
            + matching.stream().map(Template::id).collect(Collectors.joining(", ")) + ") do not create a " + use.bpmnType());
      }
    }
    assertThat(problems).as("delegates and listeners of processes/*.bpmn without a matching template").isEmpty();
  }

  @Test
  void everyTemplateNamesABeanOfTheApplication() {
    List<String> problems = new ArrayList<>();
    for (Template template : templates()) {
      if (template.expressions().isEmpty()) {
        problems.add(template.file() + " " + template.id() + ": hides no delegate or listener expression");
      }
      for (String expression : template.expressions()) {
        Matcher bean = BEAN.matcher(expression);
        if (!bean.matches()) {
          problems.add(template.file() + " " + template.id() + ": " + expression + " is not of the form ${beanName}");
        } else if (!context.containsBean(bean.group(1))) {
          problems.add(template.file() + " " + template.id() + ": no bean named '" + bean.group(1) + "' in the application");
        }
      }
    }
    assertThat(problems).as("templates naming beans that do not exist").isEmpty();
  }

  @Test
  void templateIdsAreUniqueAndEveryTemplatedElementUsesAnExistingTemplateAndItsBean() {
    List<Template> templates = templates();
    Map<String, List<String>> byId = templates.stream()
        .collect(Collectors.groupingBy(Template::id, LinkedHashMap::new, Collectors.mapping(Template::file, Collectors.toList())));
    List<String> problems = new ArrayList<>();
    byId.forEach((id, files) -> {
      if (files.size() > 1) {
        problems.add("template id " + id + " is defined " + files.size() + " times: " + files);
      }
    });
    for (Path file : ModelFiles.bpmn()) {
      for (Element element : ModelFiles.allElements(ModelFiles.xml(file))) {
        String templateId = element.getAttributeNS(ModelFiles.CAMUNDA_NS, "modelerTemplate");
        if (templateId.isEmpty()) {
          continue;
        }
        Optional<Template> template = templates.stream().filter(t -> t.id().equals(templateId)).findFirst();
        if (template.isEmpty()) {
          problems.add(file + " #" + element.getAttribute("id") + " uses template " + templateId + ", which is not in " + ModelFiles.TEMPLATES);
          continue;
        }
        String delegate = element.getAttributeNS(ModelFiles.CAMUNDA_NS, "delegateExpression");
        if (!delegate.isEmpty() && !template.get().expressions().contains(delegate)) {
          problems.add(file + " #" + element.getAttribute("id") + " uses template " + templateId + " but calls " + delegate
              + " instead of " + template.get().expressions());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void decisionTablesNamedByTemplatesExistInProcesses() {
    Set<String> decisions = new TreeSet<>();
    for (Path file : ModelFiles.dmn()) {
      ModelFiles.elements(ModelFiles.xml(file), ModelFiles.DMN_NS, "decision").forEach(d -> decisions.add(d.getAttribute("id")));
    }
    List<String> problems = new ArrayList<>();
    for (Template template : templates()) {
      for (String property : List.of("decisionRef", "decisionKey")) {
        template.property(property).ifPresent(p -> {
          List<String> named = new ArrayList<>(List.of(p.path("value").asText()));
          p.path("choices").forEach(c -> named.add(c.path("value").asText()));
          named.stream().filter(key -> !decisions.contains(key))
              .forEach(key -> problems.add(template.id() + " (" + property + ") names decision " + key + ", not one of " + decisions));
        });
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void CESP_10_theRuptureStepOffersBothPenaltyTablesTheSeedsRuleFirst() {
    Template rupture = templates().stream().filter(t -> t.expressions().contains("${computeCespRuptureDelegate}")).findFirst().orElseThrow();
    JsonNode table = rupture.property("decisionKey").orElseThrow(() -> new AssertionError(rupture.id() + " has no decisionKey field"));
    List<String> choices = new ArrayList<>();
    table.path("choices").forEach(c -> choices.add(c.path("value").asText()));

    assertThat(table.path("type").asText()).isEqualTo("Dropdown");
    assertThat(table.path("value").asText()).isEqualTo(RupturePenalty.DEFAULT_DECISION);
    assertThat(choices).containsExactly(RupturePenalty.DEFAULT_DECISION, RupturePenalty.DECISION_2020);
  }

  @Test
  void everyExtensionPropertyOfATemplatedStepIsAFieldOfItsTemplate() {
    List<Template> templates = templates();
    List<String> problems = new ArrayList<>();
    for (Use use : uses()) {
      List<String> fields = templates.stream()
          .filter(t -> t.expressions().contains(use.expression()) && t.appliesTo(use.bpmnType()))
          .flatMap(t -> t.camundaProperties().stream()).toList();
      if (fields.isEmpty()) {
        continue; // reported by everyDelegateAndListenerOfTheModelsHasATemplateOfItsElementType
      }
      for (String name : use.properties()) {
        if (!fields.contains(name)) {
          problems.add(use + " sets the extension property " + name + ", which its template does not offer (fields: " + fields
              + "): a designer could not see or change it");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theOutcomeDropdownsOfferExactlyTheOutcomesOfTheContracts() {
    assertOutcomeDropdown("${closeCandidacyListener}", Outcome.values());
    assertOutcomeDropdown("${closeCespContractListener}", CespContractProcess.Outcome.values());
  }

  private static void assertOutcomeDropdown(String listener, Enum<?>[] outcomes) {
    Template close = templates().stream().filter(t -> t.expressions().contains(listener)).findFirst().orElseThrow();
    JsonNode outcome = close.property("outcome").orElseThrow(() -> new AssertionError(close.id() + " has no outcome field"));
    List<String> choices = new ArrayList<>();
    outcome.path("choices").forEach(c -> choices.add(c.path("value").asText()));

    assertThat(outcome.path("type").asText()).as(close.id()).isEqualTo("Dropdown");
    assertThat(choices).as(close.id()).containsExactlyInAnyOrderElementsOf(Arrays.stream(outcomes).map(Enum::name).toList());
  }

  // --- reading templates and models ---

  static List<Template> templates() {
    List<Template> templates = new ArrayList<>();
    for (Path file : ModelFiles.list(ModelFiles.TEMPLATES, ".json")) {
      JsonNode root = read(file);
      for (JsonNode t : root.isArray() ? root : JSON.createArrayNode().add(root)) {
        List<String> appliesTo = new ArrayList<>();
        t.path("appliesTo").forEach(a -> appliesTo.add(a.asText()));
        String elementType = t.path("elementType").path("value").asText(null);
        Optional<String> delegate = Optional.empty();
        List<String> listeners = new ArrayList<>();
        for (JsonNode p : t.path("properties")) {
          JsonNode binding = p.path("binding");
          if ("property".equals(binding.path("type").asText()) && "camunda:delegateExpression".equals(binding.path("name").asText())) {
            delegate = Optional.of(p.path("value").asText());
          }
          if ("camunda:executionListener".equals(binding.path("type").asText())
              && "delegateExpression".equals(binding.path("implementationType").asText())) {
            listeners.add(p.path("value").asText());
          }
        }
        templates.add(new Template(file.getFileName().toString(), t.path("id").asText(), t.path("name").asText(),
            appliesTo, elementType, delegate, listeners, t));
      }
    }
    return templates;
  }

  static List<Use> uses() {
    List<Use> uses = new ArrayList<>();
    for (Path file : ModelFiles.bpmn()) {
      Document model = ModelFiles.xml(file);
      String name = file.getFileName().toString();
      for (Element element : ModelFiles.allElements(model)) {
        String delegate = element.getAttributeNS(ModelFiles.CAMUNDA_NS, "delegateExpression");
        if (!delegate.isEmpty() && ModelFiles.BPMN_NS.equals(element.getNamespaceURI())) {
          uses.add(new Use(name, element.getAttribute("id"), bpmnType(element), "delegate", delegate, properties(element)));
        }
      }
      for (String kind : List.of("executionListener", "taskListener")) {
        for (Element listener : ModelFiles.elements(model, ModelFiles.CAMUNDA_NS, kind)) {
          String expression = listener.getAttribute("delegateExpression");
          if (!expression.isEmpty()) {
            Element owner = ModelFiles.owner(listener);
            uses.add(new Use(name, owner.getAttribute("id"), bpmnType(owner), kind, expression, properties(owner)));
          }
        }
      }
    }
    return uses;
  }

  /** The names of the element's own extension properties ({@code camunda:property}). */
  private static List<String> properties(Element element) {
    List<String> names = new ArrayList<>();
    for (Element property : ModelFiles.elements(element.getOwnerDocument(), ModelFiles.CAMUNDA_NS, "property")) {
      if (ModelFiles.owner(property) == element) {
        names.add(property.getAttribute("name"));
      }
    }
    return names;
  }

  private static String bpmnType(Element element) {
    String local = element.getLocalName();
    return "bpmn:" + Character.toUpperCase(local.charAt(0)) + local.substring(1);
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}

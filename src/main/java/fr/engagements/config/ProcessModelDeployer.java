package fr.engagements.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of {@code processes/} and the forms of {@code forms/} (both put on the
 * classpath by Maven) as soon as the engine is built.
 *
 * <p>One deployment per BPMN file, holding the forms its {@code formKey}s reference, and one per
 * DMN file. Duplicate filtering compares each unit with its previous deployment: an unchanged unit
 * is not redeployed, a changed one is redeployed whole, so that a new process version always finds
 * its forms in its own deployment ({@code embedded:deployment:}).
 */
@Component
public class ProcessModelDeployer extends AbstractProcessEnginePlugin {

  /** The deployment source of every unit it deploys (duplicate filtering compares units of the same name and source). */
  public static final String SOURCE = "engagements";
  private static final Logger LOG = LoggerFactory.getLogger(ProcessModelDeployer.class);
  private static final Pattern FORM_REF =
      Pattern.compile("(?:embedded|camunda-forms):deployment:([^\"'\\s<]+)");

  private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    Map<String, byte[]> forms = load("classpath*:forms/**/*.*", "forms/");
    for (Map.Entry<String, byte[]> model : load("classpath*:processes/**/*.bpmn", "processes/").entrySet()) {
      DeploymentBuilder builder = newDeployment(engine, model.getKey());
      builder.addInputStream(model.getKey(), new ByteArrayInputStream(model.getValue()));
      for (String form : referencedForms(model.getValue())) {
        byte[] content = forms.get(form);
        if (content == null) {
          throw new IllegalStateException(model.getKey() + " references " + form + ", which is not in forms/");
        }
        builder.addInputStream(form, new ByteArrayInputStream(content));
      }
      report(builder.deployWithResult(), model.getKey());
    }
    for (Map.Entry<String, byte[]> table : load("classpath*:processes/**/*.dmn", "processes/").entrySet()) {
      DeploymentBuilder builder = newDeployment(engine, table.getKey());
      builder.addInputStream(table.getKey(), new ByteArrayInputStream(table.getValue()));
      report(builder.deployWithResult(), table.getKey());
    }
  }

  private DeploymentBuilder newDeployment(ProcessEngine engine, String resourceName) {
    String unit = resourceName.substring(resourceName.lastIndexOf('/') + 1);
    return engine.getRepositoryService().createDeployment()
        .name(unit)
        .source(SOURCE)
        .enableDuplicateFiltering(false);
  }

  private static void report(Deployment deployment, String resource) {
    boolean deployed = deployment instanceof DeploymentWithDefinitions d
        && (!nullSafe(d.getDeployedProcessDefinitions()).isEmpty() || !nullSafe(d.getDeployedDecisionDefinitions()).isEmpty());
    LOG.info("{}: {}", resource, deployed ? "deployed as " + deployment.getId() : "unchanged");
  }

  private static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** The forms a BPMN file references ({@code embedded:deployment:forms/…}), deployed with it. */
  public static List<String> referencedForms(byte[] bpmn) {
    Matcher m = FORM_REF.matcher(new String(bpmn, StandardCharsets.UTF_8));
    List<String> refs = new ArrayList<>();
    while (m.find()) {
      if (!refs.contains(m.group(1))) {
        refs.add(m.group(1));
      }
    }
    return refs;
  }

  /** Resources under a classpath folder, keyed by their path from that folder's parent (e.g. {@code forms/cer/start.html}). */
  private Map<String, byte[]> load(String pattern, String root) {
    Map<String, byte[]> byName = new LinkedHashMap<>();
    try {
      Resource[] resources = resolver.getResources(pattern);
      Arrays.sort(resources, Comparator.comparing(ProcessModelDeployer::describe));
      for (Resource resource : resources) {
        if (!resource.isReadable()) {
          continue;
        }
        String url = describe(resource);
        String name = url.substring(url.lastIndexOf("/" + root) + 1);
        try (InputStream in = resource.getInputStream()) {
          byName.put(name, in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + pattern, e);
    }
    return byName;
  }

  private static String describe(Resource resource) {
    try {
      return resource.getURL().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

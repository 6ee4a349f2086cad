package fr.engagements.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the French locale files of the Camunda webapps in step with the webjar's English ones (as
 * spring-petclinic's I18nPropertiesSyncTest does for its bundles): every key of the webjar's
 * {@code app/<webapp>/locales/en.json} has a French value in our
 * {@code src/main/resources/META-INF/resources/webjars/camunda/app/<webapp>/locales/fr.json}, or is listed in
 * {@code src/test/resources/i18n/<webapp>-fr-fallback.txt} as left to the English fallback; nothing stale on
 * either side; placeholders kept; the webapp's {@code scripts/config.js} offers French with English as the
 * fallback. Tasklist, where the users work, is translated completely. A Camunda upgrade that adds keys fails
 * here until they are translated or listed.
 */
class WebappLocalesSyncTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path OURS = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}\\s]+)\\s*}}");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishKeyHasAFrenchValueOrIsListedAsFallingBack(String webapp) throws IOException {
    JsonNode en = webjarEnglish(webapp).path("labels");
    JsonNode fr = JSON.readTree(Files.readString(OURS.resolve(webapp + "/locales/fr.json"))).path("labels");
    Set<String> fallback = fallback(webapp);
    Set<String> englishKeys = keys(en);

    Set<String> untranslated = new TreeSet<>(englishKeys);
    untranslated.removeAll(keys(fr));
    untranslated.removeAll(fallback);
    assertThat(untranslated).as("%s: keys of en.json with neither a French value nor a fallback entry", webapp).isEmpty();

    assertThat(difference(keys(fr), englishKeys)).as("%s: fr.json keys the webjar no longer has", webapp).isEmpty();
    assertThat(difference(fallback, englishKeys)).as("%s: fallback entries the webjar no longer has", webapp).isEmpty();
    Set<String> both = new TreeSet<>(fallback);
    both.retainAll(keys(fr));
    assertThat(both).as("%s: keys both translated and listed as falling back", webapp).isEmpty();

    List<String> problems = new ArrayList<>();
    for (String key : keys(fr)) {
      String english = en.path(key).asText();
      String french = fr.path(key).asText();
      if (french.isBlank() && !english.isBlank()) {
        problems.add(key + ": empty");
      }
      if (!placeholders(english).equals(placeholders(french))) {
        problems.add(key + ": placeholders " + placeholders(english) + " became " + placeholders(french));
      }
    }
    assertThat(problems).as("%s: French values", webapp).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void theDateLocaleIsFrenchWhereTheWebappHasOne(String webapp) throws IOException {
    JsonNode en = webjarEnglish(webapp).path("dateLocales");
    JsonNode fr = JSON.readTree(Files.readString(OURS.resolve(webapp + "/locales/fr.json"))).path("dateLocales");
    assertThat(keys(fr)).isEqualTo(keys(en));
    assertThat(fr.path("months").get(0).asText()).isEqualTo("janvier");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist"})
  void tasklistIsTranslatedCompletely(String webapp) {
    assertThat(fallback(webapp)).as("Tasklist keys left in English").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theWebappOffersFrenchWithEnglishAsTheFallback(String webapp) throws IOException {
    String config = Files.readString(OURS.resolve(webapp + "/scripts/config.js")).replaceAll("\\s+", "");
    assertThat(config).contains("availableLocales:['fr','en']").contains("fallbackLocale:'en'");
  }

  /**
   * Where the webapp has a date locale, our en.json is the webjar's without it: loaded as the fallback
   * language, the webjar's would switch the dates (moment.updateLocale) back to English after fr.json set
   * them to French, whichever answers last. Its labels stay exactly the webjar's.
   */
  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void ourEnglishFileIsTheWebjarsWithoutItsDateLocale(String webapp) throws IOException {
    JsonNode webjar = webjarEnglish(webapp);
    JsonNode ours = JSON.readTree(Files.readString(OURS.resolve(webapp + "/locales/en.json")));
    assertThat(webjar.has("dateLocales")).isTrue();
    assertThat(ours.has("dateLocales")).as("our en.json has no dateLocales").isFalse();
    assertThat(ours.path("labels")).as("our en.json labels are the webjar's").isEqualTo(webjar.path("labels"));
  }

  /** The webjar's own en.json (not our copy; it starts with a byte-order mark). */
  private static JsonNode webjarEnglish(String webapp) throws IOException {
    String resource = "META-INF/resources/webjars/camunda/app/" + webapp + "/locales/en.json";
    List<URL> urls = Collections.list(WebappLocalesSyncTest.class.getClassLoader().getResources(resource)).stream()
        .filter(url -> url.toString().contains("camunda-webapp-webjar")).toList();
    assertThat(urls).as("the Camunda webjar on the classpath has %s", resource).hasSize(1);
    try (InputStream in = urls.get(0).openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }

  private static Set<String> fallback(String webapp) {
    try {
      Set<String> keys = new LinkedHashSet<>();
      for (String line : Files.readAllLines(Path.of("src/test/resources/i18n/" + webapp + "-fr-fallback.txt"))) {
        if (!line.isBlank() && !line.startsWith("#")) {
          keys.add(line.trim());
        }
      }
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> keys(JsonNode node) {
    Set<String> keys = new TreeSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      keys.add(it.next());
    }
    return keys;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}

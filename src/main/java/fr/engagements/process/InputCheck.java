package fr.engagements.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Checks the variables a client gave (at a start or a task completion) and collects every problem,
 * in French, naming the contract variable; {@link #done()} refuses them all at once.
 */
public final class InputCheck {

  public static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
  public static final int MAX_TEXT = 4000;
  public static final int MAX_SHORT_TEXT = 300;
  private static final Pattern HTML = Pattern.compile("<\\s*[a-zA-Z!/?]|&#|javascript:", Pattern.CASE_INSENSITIVE);
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s<>]{1,64}@[^@\\s<>]{1,190}\\.[A-Za-z]{2,}$");
  private static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private final VariableScope scope;
  private final List<String> problems = new ArrayList<>();

  public InputCheck(VariableScope scope) {
    this.scope = scope;
  }

  public InputCheck problem(String message) {
    problems.add(message);
    return this;
  }

  public boolean ok() {
    return problems.isEmpty();
  }

  public List<String> problems() {
    return List.copyOf(problems);
  }

  /** Refuses with every problem found, if any. */
  public void done() {
    if (!problems.isEmpty()) {
      throw new CaseInputException(400, problems);
    }
  }

  /** The value in its contract type, or null (with a problem) when absent, of another type, or badly formatted. */
  public <T> T required(Var<T> var, String label) {
    Object raw = scope.getVariable(var.name());
    if (raw == null || raw instanceof String s && s.isBlank()) {
      problems.add(label + " (" + var.name() + ") est obligatoire.");
      return null;
    }
    return typed(var, label, raw);
  }

  public <T> T optional(Var<T> var, String label) {
    Object raw = scope.getVariable(var.name());
    return raw == null ? null : typed(var, label, raw);
  }

  private <T> T typed(Var<T> var, String label, Object raw) {
    if (!var.accepts(raw)) {
      problems.add(label + " (" + var.name() + ") : « " + abbreviate(String.valueOf(raw)) + " » n'est pas "
          + expected(var) + ".");
      return null;
    }
    return var.get(scope);
  }

  private static String expected(Var<?> var) {
    return switch (var.storedType().getSimpleName()) {
      case "Integer" -> "un nombre entier";
      case "Long" -> "un montant entier en centimes";
      case "Boolean" -> "vrai ou faux";
      default -> "une valeur acceptée";
    };
  }

  /** An enum value; the message lists the accepted values. */
  public <E extends Enum<E>> E choice(Var<E> var, String label, Class<E> type, boolean required) {
    Object raw = scope.getVariable(var.name());
    if (raw == null || raw instanceof String s && s.isBlank()) {
      if (required) {
        problems.add(label + " (" + var.name() + ") est obligatoire.");
      }
      return null;
    }
    if (!var.accepts(raw)) {
      problems.add(label + " (" + var.name() + ") : « " + abbreviate(String.valueOf(raw)) + " » n'est pas une valeur admise ("
          + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ").");
      return null;
    }
    return var.get(scope);
  }

  /** Plain text without markup, at most {@code max} characters. */
  public String text(Var<String> var, String label, int max, boolean required) {
    String value = required ? required(var, label) : optional(var, label);
    if (value == null) {
      return null;
    }
    if (value.length() > max) {
      problems.add(label + " (" + var.name() + ") dépasse " + max + " caractères (" + value.length() + ").");
      return null;
    }
    if (HTML.matcher(value).find()) {
      problems.add(label + " (" + var.name() + ") ne doit pas contenir de balises HTML ni de script.");
      return null;
    }
    return value.strip();
  }

  public String email(Var<String> var, String label, boolean required) {
    String value = text(var, label, 200, required);
    if (value != null && !EMAIL.matcher(value).matches()) {
      problems.add(label + " (" + var.name() + ") : « " + abbreviate(value) + " » n'est pas une adresse électronique valide.");
      return null;
    }
    return value;
  }

  /** An ISO date (yyyy-MM-dd) between 1950 and 2100. */
  public LocalDate date(Var<LocalDate> var, String label, boolean required) {
    Object raw = scope.getVariable(var.name());
    if (raw == null || raw instanceof String s && s.isBlank()) {
      if (required) {
        problems.add(label + " (" + var.name() + ") est obligatoire.");
      }
      return null;
    }
    if (!var.accepts(raw)) {
      problems.add(label + " (" + var.name() + ") : « " + abbreviate(String.valueOf(raw))
          + " » n'est pas une date au format AAAA-MM-JJ.");
      return null;
    }
    LocalDate date = var.get(scope);
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      problems.add(label + " (" + var.name() + ") : " + date + " n'est pas une date plausible.");
      return null;
    }
    return date;
  }

  public Integer integer(Var<Integer> var, String label, int min, int max, boolean required) {
    Integer value = required ? required(var, label) : optional(var, label);
    if (value != null && (value < min || value > max)) {
      problems.add(label + " (" + var.name() + ") doit être compris entre " + min + " et " + max + " (reçu : " + value + ").");
      return null;
    }
    return value;
  }

  /** A PDF document of at most 10 MiB: declared type and content both checked. */
  public FileValue pdf(Var<FileValue> var, String label, boolean required) {
    TypedValue typed = scope.getVariableTyped(var.name(), false);
    if (typed == null || typed.getValue() == null && !(typed instanceof FileValue)) {
      if (required) {
        problems.add(label + " (" + var.name() + ") est obligatoire (fichier PDF).");
      }
      return null;
    }
    if (!(typed instanceof FileValue file)) {
      problems.add(label + " (" + var.name() + ") doit être un fichier PDF.");
      return null;
    }
    byte[] head = new byte[5];
    long size;
    try (InputStream in = file.getValue()) {
      if (in == null) {
        problems.add(label + " (" + var.name() + ") est un fichier vide.");
        return null;
      }
      int read = in.readNBytes(head, 0, head.length);
      size = read + in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      problems.add(label + " (" + var.name() + ") n'a pas pu être lu.");
      return null;
    }
    if (size > MAX_DOCUMENT_BYTES) {
      problems.add(label + " (" + var.name() + ") dépasse 10 Mio (" + (size / 1024 / 1024) + " Mio).");
      return null;
    }
    if (size < 5 || !new String(head, StandardCharsets.US_ASCII).equals("%PDF-")) {
      problems.add(label + " (" + var.name() + ") n'est pas un document PDF.");
      return null;
    }
    String mime = file.getMimeType();
    if (mime != null && !mime.isBlank() && !mime.equalsIgnoreCase("application/pdf")) {
      problems.add(label + " (" + var.name() + ") est déclaré de type " + abbreviate(mime) + " : seul application/pdf est accepté.");
      return null;
    }
    String name = file.getFilename();
    if (name == null || name.length() > 200 || HTML.matcher(name).find()) {
      problems.add(label + " (" + var.name() + ") a un nom de fichier invalide.");
      return null;
    }
    return file;
  }

  static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 37) + "…";
  }
}

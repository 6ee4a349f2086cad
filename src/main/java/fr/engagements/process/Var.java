package fr.engagements.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A process variable with its contract name and its Java type. Delegates, listeners, REST code and
 * tests read and write variables through these, never through string literals: dates are stored as
 * ISO strings and enums as their names, as {@code process-contract.md} says.
 *
 * @param <T> the Java type callers see
 */
public final class Var<T> {

  private final String name;
  private final Class<?> storedType;
  private final Function<Object, T> reader;
  private final Function<T, Object> writer;

  private Var(String name, Class<?> storedType, Function<Object, T> reader, Function<T, Object> writer) {
    this.name = name;
    this.storedType = storedType;
    this.reader = reader;
    this.writer = writer;
  }

  public static Var<String> string(String name) {
    return new Var<>(name, String.class, String.class::cast, v -> v);
  }

  public static Var<Boolean> bool(String name) {
    return new Var<>(name, Boolean.class, Boolean.class::cast, v -> v);
  }

  public static Var<Integer> integer(String name) {
    return new Var<>(name, Integer.class, raw -> raw instanceof Number n ? Integer.valueOf(n.intValue()) : (Integer) raw, v -> v);
  }

  public static Var<Long> longValue(String name) {
    return new Var<>(name, Long.class, raw -> raw instanceof Number n ? Long.valueOf(n.longValue()) : (Long) raw, v -> v);
  }

  /** An amount in euro cents. */
  public static Var<Long> cents(String name) {
    return longValue(name);
  }

  /** A date kept as an ISO-8601 string ({@code 2026-09-01}). */
  public static Var<LocalDate> date(String name) {
    return new Var<>(name, String.class, raw -> LocalDate.parse((String) raw), LocalDate::toString);
  }

  /** An enum kept as its upper-case name. */
  public static <E extends Enum<E>> Var<E> enumeration(String name, Class<E> type) {
    return new Var<>(name, String.class, raw -> Enum.valueOf(type, (String) raw), Enum::name);
  }

  /** A document: a Camunda File variable. Read with {@link #file(VariableScope)}. */
  public static Var<FileValue> file(String name) {
    return new Var<>(name, FileValue.class, FileValue.class::cast, v -> v);
  }

  public String name() {
    return name;
  }

  public Class<?> storedType() {
    return storedType;
  }

  /** The value, or {@code null} when the variable is absent. */
  public T get(VariableScope scope) {
    if (storedType == FileValue.class) {
      TypedValue typed = scope.getVariableTyped(name, false);
      return typed == null ? null : reader.apply(typed);
    }
    return convert(scope.getVariable(name));
  }

  public Optional<T> find(VariableScope scope) {
    return Optional.ofNullable(get(scope));
  }

  /** The value from a variable map, as returned by the Java API. */
  public T get(Map<String, ?> variables) {
    if (storedType == FileValue.class && variables instanceof VariableMap map) {
      TypedValue typed = map.getValueTyped(name);
      return typed == null ? null : reader.apply(typed);
    }
    return convert(variables.get(name));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value == null ? null : writer.apply(value));
  }

  /** The value as it is stored (ISO string, enum name…), for a variable map given to the Java API. */
  public Object raw(T value) {
    return value == null ? null : writer.apply(value);
  }

  /** Whether a stored raw value has this variable's type and format; used to refuse bad input early. */
  public boolean accepts(Object raw) {
    if (raw == null) {
      return true;
    }
    try {
      convert(raw);
      return storedType.isInstance(raw) || (storedType == Integer.class || storedType == Long.class) && raw instanceof Number;
    } catch (ClassCastException | IllegalArgumentException | DateTimeParseException e) {
      return false;
    }
  }

  private T convert(Object raw) {
    return raw == null ? null : reader.apply(raw);
  }

  @Override
  public String toString() {
    return name;
  }
}

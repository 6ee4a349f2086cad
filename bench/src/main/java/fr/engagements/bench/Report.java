package fr.engagements.bench;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Prints the table of one or more runs (one per database) and writes them together: Report out.json run1.json run2.json… */
public final class Report {

  private Report() {
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Map<String, JsonNode> runs = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      JsonNode run = mapper.readTree(new File(args[i]));
      runs.put(run.path("database").asText(), run);
    }
    ObjectNode all = mapper.createObjectNode();
    runs.forEach(all::set);
    mapper.writeValue(new File(args[0]), all);

    List<String> dbs = new ArrayList<>(runs.keySet());
    StringBuilder table = new StringBuilder();
    row(table, "measure", dbs, "target (PostgreSQL)");
    row(table, "---", dbs.stream().map(d -> "---").toList(), "---");
    for (int t = 0; t < 3; t++) {
      int index = t;
      String threads = runs.values().iterator().next().path("throughput").path(t).path("threads").asText();
      row(table, threads + " thread(s): cases/s", get(runs, r -> r.path("throughput").path(index).path("casesPerSecond")), "");
      row(table, threads + " thread(s): engine tx/s", get(runs, r -> r.path("throughput").path(index).path("engineTransactionsPerSecond")), "");
      row(table, threads + " thread(s): raw commits/s", get(runs, r -> r.path("throughput").path(index).path("rawCommitsPerSecond")), "");
      row(table, threads + " thread(s): ratio engine tx ÷ raw commits", get(runs, r -> r.path("throughput").path(index).path("ratio")),
          t == 2 ? "≥ 0.5" : "");
    }
    row(table, "engine transactions per case", get(runs, r -> r.path("throughput").path(0).path("engineTransactionsPerCase")), "");
    row(table, "SQL statements per started case", get(runs, r -> r.path("throughput").path(0).path("statementsPerStartedCase")), "");
    row(table, "SQL statements per task completion", get(runs, r -> r.path("throughput").path(0).path("statementsPerTaskCompletion")), "");
    row(table, "SQL statements per job", get(runs, r -> r.path("throughput").path(0).path("statementsPerJob")), "");
    row(table, "SQL statements per whole case", get(runs, r -> r.path("throughput").path(0).path("statementsPerCase")), "");
    row(table, "open candidacies / ended candidacies", get(runs, r -> text(r.path("load").path("openCandidacies").asText() + " / "
        + r.path("load").path("endedCandidacies").asText())), "10,000 / 100,000");
    JsonNode first = runs.values().iterator().next().path("latency");
    first.fieldNames().forEachRemaining(name -> row(table, name + " p50 / p95 / p99 ms", get(runs, r -> {
      JsonNode l = r.path("latency").path(name);
      return text(l.path("p50").asText() + " / " + l.path("p95").asText() + " / " + l.path("p99").asText());
    }), "p99 ≤ 50"));
    row(table, "national year: CESP / CER ended", get(runs, r -> text(r.path("nationalYear").path("cespEnded").asText() + "/"
        + r.path("nationalYear").path("cespContracts").asText() + " · " + r.path("nationalYear").path("cerEnded").asText() + "/"
        + r.path("nationalYear").path("cerCandidacies").asText())), "1,000 · 200");
    row(table, "national year: allowance payments", get(runs, r -> r.path("nationalYear").path("allowancePayments")), "");
    row(table, "national year: engine transactions", get(runs, r -> r.path("nationalYear").path("engineTransactions")), "");
    row(table, "national year: seconds", get(runs, r -> r.path("nationalYear").path("seconds")), "≤ 120");
    row(table, "startup to a ready Tasklist, s (JVM start)", get(runs, r -> text(r.path("startup").path("applicationToTasklistSeconds")
        .asText() + " (" + r.path("startup").path("jvmToTasklistSeconds").asText() + ")")), "≤ 15");
    row(table, "heap used after step 4 (after GC), MB", get(runs, r -> r.path("heapUsedAfterStep4Mb")), "≤ 512");
    row(table, "load average start → end", get(runs, r -> text(r.path("loadAverageAtStart").asText().replaceAll(" \\S+ \\S+$", "")
        + " → " + r.path("loadAverageAtEnd").asText().replaceAll(" \\S+ \\S+$", ""))), "");
    System.out.println();
    System.out.print(table);
    System.out.println();
    runs.values().stream().findFirst().ifPresent(r -> System.out.println("machine: " + r.path("machine")));
    runs.values().forEach(r -> System.out.println(r.path("database").asText() + ": " + r.path("databaseVersion").asText()));
    System.out.println("written: " + args[0]);
  }

  private static JsonNode text(String value) {
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(value);
  }

  private static List<String> get(Map<String, JsonNode> runs, java.util.function.Function<JsonNode, JsonNode> value) {
    return runs.values().stream().map(r -> {
      JsonNode v = value.apply(r);
      return v.isMissingNode() || v.isNull() ? "–" : v.asText();
    }).toList();
  }

  private static void row(StringBuilder table, String name, List<String> values, String target) {
    table.append("| ").append(name).append(" | ").append(String.join(" | ", values)).append(" | ").append(target).append(" |\n");
  }
}

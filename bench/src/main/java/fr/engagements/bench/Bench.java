package fr.engagements.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.engagements.Application;
import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.CerCandidacyProcess.Signer;
import fr.engagements.cesp.campaign.CespCampaigns;
import fr.engagements.cesp.contract.ReferenceData;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.cer.jury.JurySessions;
import fr.engagements.directory.Directory;
import fr.engagements.directory.DirectoryDemoData;
import fr.engagements.identity.IdentitySeeder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The benchmark (bench/README.md): one database per run ({@code --db h2|postgres}), {@code --quick} for small
 * counts; writes its figures as JSON to {@code --out}.
 */
public final class Bench {

  private final boolean quick;
  private final String db;
  /** Counts: --open, --ended, --cesp, --cer, --cases (per thread) override the mode's. */
  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, Object> result = new LinkedHashMap<>();
  private ConfigurableApplicationContext context;
  private ProcessEngine engine;
  private Driver driver;
  private Sitting sitting;
  private String jdbcUrl;
  private String fullJourneyInstance;
  private String fullJourneyKey;

  private Bench(boolean quick, String db) {
    this.quick = quick;
    this.db = db;
  }

  public static void main(String[] args) throws Exception {
    boolean quick = false;
    String db = "h2";
    Path out = Path.of("bench/results/bench.json");
    Map<String, Integer> overrides = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--db" -> db = args[++i];
        case "--out" -> out = Path.of(args[++i]);
        case "--open", "--ended", "--cesp", "--cer", "--cases" -> overrides.put(args[i].substring(2), Integer.parseInt(args[++i]));
        case "--profile-sql" -> overrides.put("profile-sql", 1);
        default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
      }
    }
    int status = 0;
    Bench bench = new Bench(quick, db);
    bench.counts.putAll(overrides);
    EmbeddedPostgres postgres = null;
    try {
      if (db.equals("postgres")) {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(true).start();
      }
      bench.run(postgres, out);
    } catch (Throwable failure) {
      failure.printStackTrace();
      status = 1;
    } finally {
      if (bench.context != null) {
        bench.context.close();
      }
      if (postgres != null) {
        postgres.close();
      }
    }
    System.exit(status);
  }

  private int count(String name, int byDefault) {
    return counts.getOrDefault(name, byDefault);
  }

  private void log(String message) {
    System.out.printf("[bench %s %s] %s%n", db, java.time.LocalTime.now().withNano(0), message);
  }

  private void run(EmbeddedPostgres postgres, Path out) throws Exception {
    result.put("database", db);
    result.put("quick", quick);
    result.put("countOverrides", counts);
    result.put("machine", Machine.describe());
    result.put("loadAverageAtStart", Machine.loadAverage());
    startApplication(postgres);
    throughput();
    write(out);
    nationalYear();
    write(out);
    tasklistAtScale();
    result.put("loadAverageAtEnd", Machine.loadAverage());
    write(out);
    log("done: " + out);
  }

  private void write(Path out) throws Exception {
    Files.createDirectories(out.toAbsolutePath().getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), result);
  }

  // --- 6. startup

  private void startApplication(EmbeddedPostgres postgres) throws Exception {
    Map<String, Object> properties = new HashMap<>();
    if (postgres != null) {
      jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
      properties.put("spring.datasource.url", jdbcUrl);
      properties.put("spring.datasource.username", "postgres");
      properties.put("spring.datasource.password", "postgres");
      properties.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
    } else {
      Path dir = Path.of("target/bench/h2").toAbsolutePath();
      org.springframework.util.FileSystemUtils.deleteRecursively(dir);
      jdbcUrl = "jdbc:h2:file:" + dir.resolve("engagements") + ";LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";
      properties.put("spring.datasource.url", jdbcUrl);
    }
    properties.put("server.port", "0");
    // the benchmark runs the jobs itself (Driver), as the tests do: deterministic, and time can be moved
    properties.put("camunda.bpm.job-execution.enabled", "false");
    properties.put("engagements.mail.enabled", "false");
    // the e-mails' outbox is sent by the Driver (a case's mails after its steps), as its jobs: no polling worker
    properties.put("engagements.mail.outbox.enabled", "false");
    properties.put("spring.main.banner-mode", "off");
    properties.put("logging.level.root", "warn");
    properties.put("logging.level.fr.engagements", "warn");
    properties.put("logging.level.org.camunda.bpm.engine", "error");

    long t0 = System.nanoTime();
    // as command-line arguments: above application.yaml (default properties would be below it)
    String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    context = new SpringApplicationBuilder(Application.class).profiles("demo", "bench").run(args);
    int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> tasklist = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/")).build(),
        HttpResponse.BodyHandlers.ofString());
    double ready = (System.nanoTime() - t0) / 1e9;
    double sinceJvm = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
    if (tasklist.statusCode() != 200) {
      throw new IllegalStateException("Tasklist answered " + tasklist.statusCode());
    }
    engine = context.getBean(ProcessEngine.class);
    driver = new Driver(engine);
    driver.mailWorker = context.getBean(fr.engagements.notification.MailOutboxWorker.class);
    sitting = new Sitting(driver, context.getBean(JurySessions.class), context.getBean(CerDemoData.class));
    Map<String, Object> startup = new LinkedHashMap<>();
    startup.put("applicationToTasklistSeconds", NationalYear.round(ready));
    startup.put("jvmToTasklistSeconds", NationalYear.round(sinceJvm));
    result.put("startup", startup);
    result.put("port", port);
    try (Connection connection = Sql.raw().getConnection()) {
      var meta = connection.getMetaData();
      result.put("databaseVersion", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
    }
    log("ready in " + ready + " s (JVM start to Tasklist " + sinceJvm + " s)");
  }

  // --- 1, 2, 3. throughput, ceiling, statements

  private void throughput() throws Exception {
    CerDemoData demo = context.getBean(CerDemoData.class);
    int perThread = count("cases", quick ? 3 : 15);
    List<Map<String, Object>> runs = new ArrayList<>();
    createRawTable();
    for (int threads : new int[] {1, 2, 4}) {
      int year = 2040 + threads;
      demo.ensureCerCampaign(year, 1_000_000);
      Driver.setToday(LocalDate.of(year, 10, 1));
      if (threads == 1) {
        CerJourney.batch(driver, sitting, year, 1, 2); // warm-up: JIT, caches, the first of each statement

        if (counts.containsKey("profile-sql")) {
          profileSql(year);
        }
      }
      driver.resetStats();
      sitting.reset();
      long tx0 = driver.transactions.get();
      long st0 = Sql.STATEMENTS.get();
      long rt0 = Sql.ROUND_TRIPS.get();
      long c0 = Sql.COMMITS.get();
      List<String> ended = java.util.Collections.synchronizedList(new ArrayList<>());
      long t0 = System.nanoTime();
      // one entry and one post session per round of journeys: a session decides many candidacies at once (issue 17)
      int perRound = Math.max(1, CerJourney.SESSION_CAPACITY / threads);
      int rounds = 0;
      for (int left = perThread; left > 0; left -= perRound) {
        for (CerJourney journey : CerJourney.batch(driver, sitting, year, threads, Math.min(perRound, left))) {
          ended.add(journey.processInstanceId + " " + journey.businessKey);
        }
        rounds++;
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      int cases = perThread * threads;
      long tx = driver.transactions.get() - tx0;
      String[] any = ended.get(0).split(" ");
      fullJourneyInstance = any[0];
      fullJourneyKey = any[1];
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(fullJourneyInstance).count() != 0) {
        throw new IllegalStateException("The journey did not end: " + fullJourneyKey);
      }
      double raw = rawCommitsPerSecond(threads, quick ? 3 : 8);
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("threads", threads);
      run.put("cases", cases);
      run.put("seconds", NationalYear.round(seconds));
      run.put("casesPerSecond", NationalYear.round(cases / seconds));
      run.put("engineTransactionsPerCase", NationalYear.round((double) tx / cases));
      run.put("engineTransactionsPerSecond", NationalYear.round(tx / seconds));
      run.put("commitsPerSecond", NationalYear.round((Sql.COMMITS.get() - c0) / seconds));
      run.put("rawCommitsPerSecond", NationalYear.round(raw));
      run.put("ratio", Math.round(tx / seconds / raw * 10_000) / 10_000.0);
      run.put("statementsPerCase", NationalYear.round((double) driver.engineStatements() / cases));
      // the sessions' cost (planning, convening, declarations, opening, votes, minutes, signature, close job), shared
      run.put("juryRounds", rounds);
      run.put("sittings", sitting.sittings.get());
      run.put("candidaciesPerSession", NationalYear.round((double) cases / rounds));
      run.put("sessionStatementsPerSitting", NationalYear.round((double) sitting.statements.get() / sitting.sittings.get()));
      run.put("sessionTransactionsPerSitting", NationalYear.round((double) sitting.transactions.get() / sitting.sittings.get()));
      run.put("sessionStatementsPerCase", NationalYear.round((double) sitting.statements.get() / cases));
      run.put("sessionTransactionsPerCase", NationalYear.round((double) sitting.transactions.get() / cases));
      run.put("statementsPerCaseOwnSteps", NationalYear.round((double) (driver.engineStatements() - sitting.statements.get()) / cases));
      run.put("statementsPerCaseWithDriverQueries", NationalYear.round((double) (Sql.STATEMENTS.get() - st0) / cases));
      run.put("roundTripsPerCase", NationalYear.round((double) (Sql.ROUND_TRIPS.get() - rt0) / cases));
      run.put("statementsPerTaskCompletion", NationalYear.round(driver.completions.perCall()));
      run.put("statementsPerStartedCase", NationalYear.round(driver.starts.perCall()));
      run.put("statementsPerJob", NationalYear.round(driver.jobs.perCall()));
      run.put("tasksPerCase", NationalYear.round((double) driver.completions.calls.get() / cases));
      run.put("jobsPerCase", NationalYear.round((double) driver.jobs.calls.get() / cases));
      // issue 17: the e-mails, sent from the outbox (statements included in statementsPerCase)
      run.put("mailsPerCase", NationalYear.round((double) driver.mails.calls.get() / cases));
      run.put("mailStatementsPerCase", NationalYear.round((double) driver.mails.statements.get() / cases));
      run.put("mailTransactionsPerCase", NationalYear.round((double) driver.mailTransactions.get() / cases));
      runs.add(run);
      log("throughput " + run);
    }
    result.put("throughput", runs);
  }

  /** The statements of one whole journey, by SQL text, most frequent first. */
  private void profileSql(int year) {
    Sql.BY_SQL.clear();
    Sql.profile = true;
    CerJourney.batch(driver, sitting, year, 1, 1); // one journey and its two sessions (for it alone)
    Sql.profile = false;
    Sql.BY_SQL.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get())).limit(40)
        .forEach(e -> System.out.printf("%6d  %s%n", e.getValue().get(), e.getKey().length() > 230 ? e.getKey().substring(0, 230) : e.getKey()));
  }

  private void createRawTable() throws Exception {
    try (Connection connection = Sql.raw().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("create table if not exists bench_raw (id bigint primary key, payload varchar(100))");
    }
  }

  /** The ceiling: single-row insert + commit in a loop on each thread, on the same pool and database. */
  private double rawCommitsPerSecond(int threads, int seconds) throws Exception {
    DataSource pool = Sql.raw();
    AtomicLong ids = new AtomicLong(System.nanoTime());
    AtomicLong commits = new AtomicLong();
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    List<Integer> slots = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      slots.add(i);
    }
    long t0 = System.nanoTime();
    Driver.parallel(slots, threads, slot -> {
      try (Connection connection = pool.getConnection();
           PreparedStatement insert = connection.prepareStatement("insert into bench_raw (id, payload) values (?, ?)")) {
        connection.setAutoCommit(false);
        while (System.nanoTime() < deadline) {
          insert.setLong(1, ids.incrementAndGet());
          insert.setString(2, "candidacy step");
          insert.executeUpdate();
          connection.commit();
          commits.incrementAndGet();
        }
        connection.setAutoCommit(true);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    return commits.get() / ((System.nanoTime() - t0) / 1e9);
  }

  // --- 5. national year

  private void nationalYear() {
    int cesp = count("cesp", quick ? 40 : 1000);
    int cer = count("cer", quick ? 10 : 200);
    log("national year: " + cesp + " CESP contracts, " + cer + " CER candidacies");
    Map<String, Object> year = new NationalYear(driver, context.getBean(CespCampaigns.class), context.getBean(ReferenceData.class),
        context.getBean(CerDemoData.class), sitting, context.getBean(Directory.class), 2045, 4).run(cesp, cer);
    result.put("nationalYear", year);
    log("national year " + year);
  }

  // --- 4. Tasklist at scale, and heap

  private void tasklistAtScale() throws Exception {
    int open = count("open", quick ? 400 : 10_000);
    int ended = count("ended", quick ? 4_000 : 100_000);
    int threads = 4;
    int year = 2050;
    context.getBean(CerDemoData.class).ensureCerCampaign(year, 1_000_000);
    Driver.setToday(LocalDate.of(year, 10, 1));

    // the ended history's templates: real candidacies that ended ineligible, rejected, and after the whole journey
    String ineligibleApplicant = CerJourney.newApplicantId();
    CerJourney ineligible = CerJourney.start(driver, year, ineligibleApplicant,
        CerJourney.eligible(year, ineligibleApplicant).putValue(CerCandidacyProcess.DOCTORATE_TYPE.name(), "EXERCISE"));
    ineligible.jobs();
    long sittings0 = sitting.sittings.get();
    sitting.retire(year);
    JurySession rejecting = sitting.plan(year, JurySession.Kind.ENTRY, LocalDate.of(year, 10, 1));
    CerJourney rejected = CerJourney.start(driver, year).verifyDossier();
    sitting.sit(rejecting, "REJECTED", "Projet de recherche insuffisamment étayé, selon la majorité du jury.");
    rejected.afterSession();

    // the open candidacies by stage (i % 10): 0–4 verifyDossier, 5–7 decideEntry on the agenda of a session that sits,
    // 8 submitProject, 9 in the signatures (Amiens' institutions: their agents, e.g. doyen in deans.AMIENS, see them)
    long t0 = System.nanoTime();
    driver.sendMails = false; // the e-mails of the open cases stay queued (jobs): loading takes half the time
    List<Integer> decided = new ArrayList<>();
    List<Integer> waiting = new ArrayList<>();
    for (int i = 0; i < open; i++) {
      (i % 10 >= 8 ? decided : waiting).add(i);
    }
    List<String> openKeys = java.util.Collections.synchronizedList(new ArrayList<>());
    String[] applicantKey = new String[1];
    AtomicLong done = new AtomicLong();
    // 1. the admitted ones, by entry sessions of SESSION_CAPACITY candidacies (the votes are one String each)
    for (int from = 0; from < decided.size(); from += CerJourney.SESSION_CAPACITY) {
      List<Integer> round = decided.subList(from, Math.min(decided.size(), from + CerJourney.SESSION_CAPACITY));
      JurySession entry = sitting.plan(year, JurySession.Kind.ENTRY, LocalDate.of(year, 10, 1));
      List<CerJourney> journeys = java.util.Collections.synchronizedList(new ArrayList<>());
      Driver.parallel(Driver.split(new ArrayList<>(round), threads), threads, part -> {
        for (int i : part) {
          String applicant = i == 8 ? "etudiant" : i == 9 ? "etudiant2" : CerJourney.newApplicantId();
          CerJourney journey = CerJourney.start(driver, year, applicant, CerJourney.eligible(year, applicant)).verifyDossier();
          journey.stage = i % 10;
          journeys.add(journey);
          if (i == 8) {
            applicantKey[0] = journey.businessKey; // etudiant's candidacy, waiting in submitProject (assigned to etudiant)
          }
          if (i == 9) {
            openKeys.add(journey.businessKey); // in the signatures
          }
        }
      });
      sitting.sit(entry, "ADMITTED", "Parcours de recherche solide et projet motivé.");
      Driver.parallel(Driver.split(journeys, threads), threads, part -> part.forEach(journey -> {
        journey.afterSession();
        if (journey.stage == 9) {
          journey.submitProject().sign(Signer.LAB_DIRECTOR);
        }
      }));
      long n = done.addAndGet(round.size());
      if (n % 1000 < CerJourney.SESSION_CAPACITY) {
        log("open candidacies (admitted): " + n);
      }
    }
    // 2. the others; those verified go on the agenda of one session, which opens: each voter's castVotes task waits
    JurySession pending = sitting.plan(year, JurySession.Kind.ENTRY, LocalDate.of(year, 10, 1));
    Driver.parallel(Driver.split(waiting, threads), threads, part -> {
      for (int i : part) {
        CerJourney journey = CerJourney.start(driver, year);
        if (i % 10 >= 5) {
          journey.verifyDossier();
        }
        long n = done.incrementAndGet();
        if (n % 1000 == 0) {
          log("open candidacies: " + n);
        }
      }
    });
    int onAgenda = sitting.agendaSize(pending);
    sitting.open(pending);
    double openSeconds = (System.nanoTime() - t0) / 1e9;
    driver.sendMails = true;
    log("open candidacies loaded in " + openSeconds + " s");

    t0 = System.nanoTime();
    HistoryClone clone = new HistoryClone();
    clone.addTemplate(Sql.raw(), ineligible.processInstanceId, 5);
    clone.addTemplate(Sql.raw(), rejected.processInstanceId, 3);
    clone.addTemplate(Sql.raw(), fullJourneyInstance, 2);
    AtomicLong rows = new AtomicLong();
    List<Integer> slices = new ArrayList<>();
    for (int s = 0; s < 2; s++) {
      slices.add(s);
    }
    Driver.parallel(slices, 2, slice -> {
      int from = slice * ended / 2;
      int to = (slice + 1) * ended / 2;
      try (Connection connection = historyConnection()) {
        rows.addAndGet(clone.copy(connection, from, to));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    double endedSeconds = (System.nanoTime() - t0) / 1e9;
    log("ended candidacies copied in " + endedSeconds + " s (" + rows.get() + " rows)");
    analyze();

    Map<String, Object> load = new LinkedHashMap<>();
    load.put("openCandidacies", open);
    load.put("openSessionAgenda", onAgenda);
    load.put("entrySessionsSat", sitting.sittings.get() - sittings0);
    load.put("openTasks", engine.getTaskService().createTaskQuery().count());
    load.put("queuedJobs", engine.getManagementService().createJobQuery().count());
    load.put("openLoadSeconds", NationalYear.round(openSeconds));
    load.put("endedCandidacies", ended);
    load.put("endedHistoryRows", rows.get());
    load.put("rowsPerEndedCandidacy", List.of(clone.rowsPerCopy(0), clone.rowsPerCopy(1), clone.rowsPerCopy(2)));
    load.put("endedLoadSeconds", NationalYear.round(endedSeconds));
    load.put("historicProcessInstances", engine.getHistoryService().createHistoricProcessInstanceQuery().count());
    result.put("load", load);

    ClockUtil.reset();
    Latency latency = new Latency((Integer) result.get("port"));
    var filters = engine.getFilterService();
    String myTasks = filters.createFilterQuery().filterName(IdentitySeeder.MY_TASKS).list().get(0).getId();
    String groupTasks = filters.createFilterQuery().filterName(IdentitySeeder.MY_GROUPS_TASKS).list().get(0).getId();
    String sorting = "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"},{\"sortBy\":\"created\",\"sortOrder\":\"asc\"}]";
    String filterBody = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[]," + sorting + "}";
    String hal = "application/hal+json";
    String json = "application/json";
    int warmup = quick ? 10 : 30;
    int samples = quick ? 50 : 300;
    Latency.Call filtersWithCounts = new Latency.Call("GET",
        "/engine-rest/filter?firstResult=0&maxResults=2000&resourceType=Task&itemCount=true", null, json);
    Latency.Call myTasksList = new Latency.Call("POST", "/engine-rest/filter/" + myTasks + "/list?firstResult=0&maxResults=15",
        filterBody, hal);
    Latency.Call myTasksCount = new Latency.Call("POST", "/engine-rest/filter/" + myTasks + "/count", "{}", json);
    Latency.Call groupTasksList = new Latency.Call("POST", "/engine-rest/filter/" + groupTasks + "/list?firstResult=0&maxResults=15",
        filterBody, hal);
    Latency.Call groupTasksCount = new Latency.Call("POST", "/engine-rest/filter/" + groupTasks + "/count", "{}", json);
    // every role's Tasklist (issues 14, 17); the administrator's same requests are the reference (no authorization check)
    Map<String, Map<String, Latency.Call>> roles = new LinkedHashMap<>();
    Map<String, Latency.Call> jury = new LinkedHashMap<>();
    jury.put("filters with counts", filtersWithCounts);
    jury.put("my tasks (castVotes of the open session): filter list (HAL)", myTasksList);
    jury.put("my tasks: filter count", myTasksCount);
    jury.put("my tasks: POST /task", new Latency.Call("POST", "/engine-rest/task?firstResult=0&maxResults=15",
        "{\"assignee\":\"jury1\"," + sorting + "}", json));
    jury.put("group tasks: filter list (HAL)", groupTasksList);
    jury.put("group tasks: filter count", groupTasksCount);
    jury.put("timeline (open case)", new Latency.Call("GET", "/api/candidacies/" + openKeys.get(0) + "/timeline", null, json));
    jury.put("timeline (ended case)", new Latency.Call("GET", "/api/candidacies/" + fullJourneyKey + "/timeline", null, json));
    // issue 13: the jury's board (its sessions' agenda, without recusals), first page
    jury.put("board: first page", new Latency.Call("GET", "/api/boards/jury?campaign=" + year, null, json));
    roles.put("jury1", jury);
    for (String[] role : new String[][] {{"secretariat", "cer-secretariat"}, {"doyen", "deans." + DirectoryDemoData.AMIENS_FACULTY}}) {
      Map<String, Latency.Call> calls = new LinkedHashMap<>();
      calls.put("filters with counts", filtersWithCounts);
      calls.put("group tasks: filter list (HAL)", groupTasksList);
      calls.put("group tasks: filter count", groupTasksCount);
      calls.put("group tasks: POST /task", new Latency.Call("POST", "/engine-rest/task?firstResult=0&maxResults=15",
          "{\"candidateGroups\":[\"" + role[1] + "\"]," + sorting + "}", json));
      calls.put("group tasks: GET /task/count", new Latency.Call("GET", "/engine-rest/task/count?candidateGroups=" + role[1], null, json));
      if (role[0].equals("secretariat")) {
        // issue 13: the campaign board of every candidacy, its first page (counts per step, quota, 20 rows) and a search
        calls.put("board: first page", new Latency.Call("GET", "/api/boards/secretariat?campaign=" + year, null, json));
        calls.put("board: overdue, sorted by name", new Latency.Call("GET",
            "/api/boards/secretariat?campaign=" + year + "&overdue=true&sort=name", null, json));
        calls.put("board: search by business key", new Latency.Call("GET",
            "/api/boards/secretariat?campaign=" + year + "&q=" + applicantKey[0], null, json));
      }
      roles.put(role[0], calls);
    }
    Map<String, Latency.Call> applicant = new LinkedHashMap<>();
    applicant.put("filters with counts", filtersWithCounts);
    applicant.put("my tasks: filter list (HAL)", myTasksList);
    applicant.put("my tasks: filter count", myTasksCount);
    applicant.put("my tasks: POST /task", new Latency.Call("POST", "/engine-rest/task?firstResult=0&maxResults=15",
        "{\"assignee\":\"etudiant\"," + sorting + "}", json));
    applicant.put("my cases: GET /api/my-cases", new Latency.Call("GET", "/api/my-cases", null, json));
    applicant.put("timeline (own case)", new Latency.Call("GET", "/api/candidacies/" + applicantKey[0] + "/timeline", null, json));
    roles.put("etudiant", applicant);
    Map<String, Latency.Call> admin = new LinkedHashMap<>();
    admin.put("filters with counts", filtersWithCounts);
    admin.put("secretariat's POST /task", roles.get("secretariat").get("group tasks: POST /task"));
    admin.put("secretariat's GET /task/count", roles.get("secretariat").get("group tasks: GET /task/count"));
    admin.put("doyen's POST /task", roles.get("doyen").get("group tasks: POST /task"));
    admin.put("secretariat's board: first page", roles.get("secretariat").get("board: first page"));
    roles.put("demo", admin);
    Map<String, Object> latencies = new LinkedHashMap<>();
    for (var role : roles.entrySet()) {
      for (var entry : role.getValue().entrySet()) {
        String name = role.getKey() + " · " + entry.getKey();
        try {
          latencies.put(name, latency.measure(role.getKey(), entry.getValue(), warmup, samples));
        } catch (RuntimeException failed) {
          // one refused request must not lose the others' figures: the JSON says what it answered
          latencies.put(name, Map.of("error", String.valueOf(failed.getMessage())));
        }
      }
    }
    // what each role's list holds, so that a fast answer is not an empty one
    Map<String, Object> listed = new LinkedHashMap<>();
    for (String user : List.of("jury1", "secretariat", "doyen", "etudiant")) {
      var response = latency.send(user, groupTasksCount);
      var mine = latency.send(user, myTasksCount);
      listed.put(user, Map.of("groupTasks", response.body(), "myTasks", mine.body()));
    }
    result.put("tasksPerRole", listed);
    log("tasks per role " + listed);
    latencies.forEach((name, value) -> log(name + " " + value));
    result.put("latency", latencies);

    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    result.put("heapUsedAfterStep4Mb", heap / (1024 * 1024));
    result.put("heapMaxMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    log("heap used after GC: " + heap / (1024 * 1024) + " MB");
  }

  /** Its own connection for the bulk copy: on PostgreSQL, batches rewritten into multi-row inserts. */
  private Connection historyConnection() throws Exception {
    if (db.equals("postgres")) {
      return DriverManager.getConnection(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", "postgres",
          "postgres");
    }
    return Sql.raw().getConnection();
  }

  /** PostgreSQL's statistics after a bulk load (autovacuum would do it a little later). */
  private void analyze() throws Exception {
    if (db.equals("postgres")) {
      try (Connection connection = Sql.raw().getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("analyze");
      }
    }
  }
}

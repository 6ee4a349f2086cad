package fr.engagements.web.board;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.engagements.casefile.CaseAccess;
import fr.engagements.casefile.CaseFile;
import fr.engagements.casefile.CaseFile.Scope;
import fr.engagements.casefile.CaseType;
import fr.engagements.casefile.CurrentUser;
import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.CerLabels;
import fr.engagements.cesp.CespContractProcess;
import fr.engagements.directory.AgentRole;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.FrenchFormat;
import fr.engagements.web.board.BoardPage.OutcomeCount;
import fr.engagements.web.board.BoardPage.Quota;
import fr.engagements.web.board.BoardPage.Row;
import fr.engagements.web.board.BoardPage.RowTask;
import fr.engagements.web.board.BoardPage.StepCount;
import fr.engagements.web.board.BoardPage.Summary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The boards' data, in a fixed number of SQL statements per page whatever the campaign's size (issue 13: 10,000 open
 * cases): the campaign's counts per step and outcome, its quota, the filtered count, one page of cases, the open
 * tasks of that page's cases, and for the CNG the ledger sums of that page's contracts.
 *
 * <p>Access: each board's SQL selects only cases its user may read by the facts {@link CaseAccess} decides on — the
 * national group (CER secretariat, CNG), the jury's agenda and declarations (a member who declared no link, never a
 * recused one), the institution groups a case names ({@code case_party}: {@code ufr.AMIENS}, {@code ars.HDF}) — and
 * every row is then checked by {@link CaseAccess#read}. A row the rule refuses is left out and logged: the query and
 * the rule would disagree, which is a bug, never a reason to show a case.
 */
@Service
public class Boards {

  private static final Logger LOG = LoggerFactory.getLogger(Boards.class);
  static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";
  static final String OPEN = "OPEN";

  private static final String HAS_TASK = "exists (select 1 from act_ru_task t where t.proc_inst_id_ = c.process_instance_id";

  private static final Map<String, String> CESP_OUTCOMES = Map.of(
      "DOSSIER_ABANDONED", "Dossier abandonné (non complété dans le délai)",
      "DOSSIER_INCOMPLETE", "Dossier incomplet à la clôture de la commission",
      "NOT_RETAINED", "Candidature non retenue par la commission",
      "NOT_OFFERED", "Sur liste, aucun contrat proposé",
      "OFFER_EXPIRED", "Contrat proposé, non signé dans le délai",
      "OFFER_DECLINED", "Contrat proposé, refusé",
      "COMMITMENT_FULFILLED", "Engagement de service accompli",
      "RUPTURED", "Contrat rompu");

  private static final Map<String, String> CESP_PHASES = Map.of(
      "DOSSIER", "Dossier en constitution",
      "CHECK", "Vérification par l'UFR",
      "AWAITING_OPINION", "Avis de la commission attendu",
      "AWAITING_OFFER", "Sur liste, en attente d'une offre",
      "OFFERED", "Contrat proposé",
      "CONTRACT", "Contrat signé",
      "ENDED", "Clos");

  private final JdbcTemplate jdbc;
  private final CaseAccess access;
  private final StepLabels stepLabels;
  private final SessionBoard sessionBoard;
  private final Clock clock;

  Boards(JdbcTemplate jdbc, CaseAccess access, StepLabels stepLabels, SessionBoard sessionBoard, Clock clock) {
    this.jdbc = jdbc;
    this.access = access;
    this.stepLabels = stepLabels;
    this.sessionBoard = sessionBoard;
    this.clock = clock;
  }

  /** The boards this user may see, in a stable order. */
  public List<Board> of(CurrentUser user) {
    return Arrays.stream(Board.values()).filter(b -> b.isFor(user)).toList();
  }

  /** The board, or 401/403 in French. */
  public Board check(CurrentUser user, Board board) {
    if (user == null || user.isAnonymous()) {
      throw CaseInputException.unauthorized("Connectez-vous pour consulter les tableaux de bord.");
    }
    if (!board.isFor(user)) {
      throw CaseInputException.forbidden("Le tableau de bord « " + board.title() + " » ne vous est pas accessible : il est réservé"
          + " aux services qui suivent ces dossiers.");
    }
    return board;
  }

  public static Board board(String id) {
    return Board.of(id).orElseThrow(() -> CaseInputException.notFound("Aucun tableau de bord « " + (id.length() > 40
        ? id.substring(0, 40) + "…" : id) + " ». Tableaux existants : "
        + Arrays.stream(Board.values()).map(Board::id).collect(Collectors.joining(", ")) + "."));
  }

  public Map<String, String> outcomeLabels(CaseType type) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(OPEN, "En cours");
    if (type == CaseType.CER) {
      for (CerCandidacyProcess.Outcome o : CerCandidacyProcess.Outcome.values()) {
        labels.put(o.name(), CerLabels.outcome(o));
      }
    } else {
      for (CespContractProcess.Outcome o : CespContractProcess.Outcome.values()) {
        labels.put(o.name(), CESP_OUTCOMES.getOrDefault(o.name(), o.name()));
      }
    }
    return labels;
  }

  @Transactional(readOnly = true)
  public BoardPage page(CurrentUser user, Board board, Map<String, String> params) {
    check(user, board);
    Map<String, String> steps = stepLabels.of(board.type());
    Map<String, String> outcomes = outcomeLabels(board.type());
    BoardFilter filter = BoardFilter.parse(params, steps.keySet(), outcomes.keySet());
    Visible scope = scope(user, board);
    List<Integer> campaigns = campaigns(user, board, scope);
    int year = filter.campaign() != null ? filter.campaign() : defaultCampaign(board, scope, campaigns);
    filter = filter.withCampaign(year);
    Timestamp now = Timestamp.from(clock.instant());

    Sql base = scope.base(board.type(), year);
    // a juror's counts: the campaign's cases matched here with the keys of their own declarations (one range of their
    // index), where the scope in SQL costs an index probe per case of the campaign (bench run K)
    Counts counts = board == Board.JURY
        ? counts(board.type(), Visible.ALL.base(board.type(), year), now, steps, outcomes, juryKeys(user))
        : counts(board.type(), base, now, steps, outcomes, null);
    Summary summary = counts.summary();
    Quota quota = quota(board, scope, year);

    Sql filtered = base.copy();
    filters(filtered, filter, now);
    // without a filter the list is the campaign in the scope, already counted: no second scan of the scope
    long total = filtered.conditions.size() == base.conditions.size() ? summary.cases() : count(filtered);
    int pages = (int) Math.max(1, (total + filter.size() - 1) / filter.size());
    // a juror's first view (no filter, by business key): the page's keys are known from the counts' pass, so the page
    // is read by its keys, not by the scope's condition again (an index probe per declaration of the juror)
    Sql page = filtered;
    BoardFilter pageFilter = filter;
    if (counts.keys() != null && filtered.conditions.size() == base.conditions.size() && "key".equals(filter.sort())) {
      List<String> keys = counts.keys();
      int from = Math.min(keys.size(), filter.offset());
      List<String> slice = new ArrayList<>(keys.subList(from, Math.min(keys.size(), from + filter.size())));
      if (filter.descending()) {
        int to = Math.max(0, keys.size() - filter.offset());
        slice = new ArrayList<>(keys.subList(Math.max(0, to - filter.size()), to));
      }
      page = Visible.ALL.base(board.type(), year);
      page.where(slice.isEmpty() ? "1 = 0" : "c.business_key in (" + marks(slice.size()) + ")", slice.toArray());
      pageFilter = filter.firstPage();
    }
    List<Row> rows = rows(user, board, page, pageFilter, steps, outcomes, now);
    List<SessionBoard.SessionView> sessions = board == Board.JURY || board == Board.SECRETARIAT
        ? sessionBoard.sessions(user, board == Board.SECRETARIAT, year) : null;
    return new BoardPage(board.id(), board.title(), year, campaigns, filter, summary, counts.steps(), counts.outcomes(), quota, total,
        filter.page(), pages, filter.size(), rows, steps, outcomes, sessions);
  }

  // --- the scope: which cases of a board its user may read

  /** The SQL of a board's scope: the case tables, and the condition that keeps the user's cases only. */
  record Visible(String condition, List<Object> params, String campaignCondition, List<Object> campaignParams) {

    static final Visible ALL = new Visible("1 = 1", List.of(), "1 = 1", List.of());

    Sql base(CaseType type, int year) {
      Sql sql = new Sql(type == CaseType.CER ? "cer_candidacy c" : "cesp_application c join cesp_campaign k on k.id = c.campaign_id");
      sql.where(type == CaseType.CER ? "c.campaign_year = ?" : "k.campaign_year = ?", year);
      sql.where(condition, params.toArray());
      return sql;
    }
  }

  private Visible scope(CurrentUser user, Board board) {
    return switch (board) {
      case SECRETARIAT, CNG -> Visible.ALL;
      // a juror reads the candidacies they declared no link with (on the agenda of a session they sit on: a declaration has
      // an agenda item) and none they are recused from
      // the juror's own declarations, each read once per statement (an uncorrelated "in"): H2 and PostgreSQL both look
      // them up as a set, where a correlated "exists" probed the index twice per candidacy of the campaign (bench run K)
      case JURY -> new Visible("c.business_key in (select d.business_key from jury_declaration d where d.user_id = ?"
          + " and d.status = 'NO_CONFLICT' and d.item_id is not null)"
          + " and c.business_key not in (select r.business_key from jury_declaration r where r.user_id = ?"
          + " and r.status = 'CONFLICT')", List.of(user.id(), user.id()), "1 = 1", List.of());
      case UFR -> institutionScope(user, AgentRole.UFR_OFFICER, "'UFR'", "k.ufr");
      case ARS -> institutionScope(user, AgentRole.ARS_AGENT, "'ARS', 'TARGET_ARS'", "k.region_code");
    };
  }

  /** The cases naming one of the user's institutions ({@code ufr.AMIENS}) in these roles of {@code case_party}. */
  private static Visible institutionScope(CurrentUser user, AgentRole role, String partyRoles, String campaignColumn) {
    List<String> groups = user.groups().stream().filter(g -> AgentRole.ofInstitutionGroup(g).filter(r -> r == role).isPresent())
        .sorted().toList();
    if (groups.isEmpty()) {
      return new Visible("1 = 0", List.of(), "1 = 0", List.of());
    }
    String marks = String.join(", ", Collections.nCopies(groups.size(), "?"));
    List<Object> codes = groups.stream().map(g -> (Object) g.substring(g.indexOf('.') + 1)).toList();
    return new Visible("exists (select 1 from case_party p where p.business_key = c.business_key and p.role in (" + partyRoles
        + ") and p.group_id in (" + marks + "))", List.copyOf(groups), campaignColumn + " in (" + marks + ")", codes);
  }

  /** The candidacies a juror may read, as the JURY scope says: declared no link with on an agenda, recused from none. */
  private Set<String> juryKeys(CurrentUser user) {
    Set<String> keys = new HashSet<>(jdbc.queryForList("select d.business_key from jury_declaration d where d.user_id = ?"
        + " and d.status = 'NO_CONFLICT' and d.item_id is not null", String.class, user.id()));
    keys.removeAll(jdbc.queryForList("select r.business_key from jury_declaration r where r.user_id = ? and r.status = 'CONFLICT'",
        String.class, user.id()));
    return keys;
  }

  private List<Integer> campaigns(CurrentUser user, Board board, Visible scope) {
    if (board == Board.JURY) {
      return jdbc.queryForList("select distinct s.campaign_year from jury_session s join jury_member m on m.session_id = s.id"
          + " where m.user_id = ? order by s.campaign_year desc", Integer.class, user.id());
    }
    if (board.type() == CaseType.CER) {
      return jdbc.queryForList("select campaign_year from cer_campaign order by campaign_year desc", Integer.class);
    }
    return jdbc.queryForList("select distinct k.campaign_year from cesp_campaign k where " + scope.campaignCondition()
        + " order by k.campaign_year desc", Integer.class, scope.campaignParams().toArray());
  }

  /** The latest campaign with cases in the board's scope; else the latest campaign; else this year. */
  private int defaultCampaign(Board board, Visible scope, List<Integer> campaigns) {
    Sql sql = new Sql(board.type() == CaseType.CER ? "cer_candidacy c" : "cesp_application c join cesp_campaign k on k.id = c.campaign_id");
    sql.where(scope.condition(), scope.params().toArray());
    Integer latest = jdbc.queryForObject("select max(" + (board.type() == CaseType.CER ? "c.campaign_year" : "k.campaign_year")
        + ") from " + sql.from + sql.where(), Integer.class, sql.params.toArray());
    if (latest != null) {
      return latest;
    }
    return campaigns.isEmpty() ? LocalDate.now(clock).getYear() : campaigns.get(0);
  }

  // --- counts and quota: the campaign in the scope, whatever the filters

  /** A board's counts: the summary, the cases per open step, the ended ones per outcome. */
  private record Counts(Summary summary, List<StepCount> steps, List<OutcomeCount> outcomes, List<String> keys) {
  }

  /**
   * The campaign's counts in the scope, in two statements that probe nothing: the cases of the scope (one pass over the
   * campaign) and the open tasks of the board's process (one pass over its definitions' tasks), matched here. A
   * correlated "has an open task" per case cost two index probes per case of the campaign (20,000 at 10,000 cases) and
   * as much again for the counts per step (bench run K).
   */
  private Counts counts(CaseType type, Sql base, Timestamp now, Map<String, String> stepLabels, Map<String, String> outcomeLabels,
      Set<String> onlyKeys) {
    Set<String> openInstances = new HashSet<>();
    List<String> keys = onlyKeys == null ? null : new ArrayList<>();
    Map<String, Long> outcomes = new HashMap<>();
    long[] cases = new long[3]; // cases, ended, open cases without an instance
    jdbc.query("select c.process_instance_id, case when c.ended_at is null then 0 else 1 end, c.outcome, c.business_key from "
        + base.from + base.where(), rs -> {
          if (onlyKeys != null) {
            if (!onlyKeys.contains(rs.getString(4))) {
              return;
            }
            keys.add(rs.getString(4));
          }
          cases[0]++;
          if (rs.getInt(2) == 1) {
            cases[1]++;
            outcomes.merge(rs.getString(3) == null ? "" : rs.getString(3), 1L, Long::sum);
          } else if (rs.getString(1) == null) {
            cases[2]++;
          } else {
            openInstances.add(rs.getString(1));
          }
        }, base.params.toArray());
    Map<String, Set<String>> byStep = new HashMap<>();
    Map<String, Set<String>> lateByStep = new HashMap<>();
    Set<String> withTask = new HashSet<>();
    Set<String> late = new HashSet<>();
    if (!openInstances.isEmpty()) {
      jdbc.query("select t.proc_inst_id_, t.task_def_key_, t.due_date_ from act_ru_task t where t.proc_def_id_ in"
          + " (select d.id_ from act_re_procdef d where d.key_ = ?)", rs -> {
            String instance = rs.getString(1);
            if (!openInstances.contains(instance)) {
              return; // another campaign's, or a case outside the scope
            }
            withTask.add(instance);
            byStep.computeIfAbsent(rs.getString(2), k -> new HashSet<>()).add(instance);
            Timestamp due = rs.getTimestamp(3);
            if (due != null && due.before(now)) {
              late.add(instance);
              lateByStep.computeIfAbsent(rs.getString(2), k -> new HashSet<>()).add(instance);
            }
          }, type == CaseType.CER ? CerCandidacyProcess.KEY : CespContractProcess.KEY);
    }
    long waiting = cases[2] + openInstances.size() - withTask.size();
    Summary summary = new Summary(cases[0], cases[0] - cases[1], cases[1], waiting, late.size());

    List<StepCount> steps = new ArrayList<>();
    // the model's order, then any step of an older version still open
    Map<String, Set<String>> remaining = new HashMap<>(byStep);
    stepLabels.forEach((step, label) -> {
      Set<String> c = remaining.remove(step);
      if (c != null) {
        steps.add(new StepCount(step, label, c.size(), lateByStep.getOrDefault(step, Set.of()).size()));
      }
    });
    remaining.forEach((step, c) -> steps.add(new StepCount(step, step, c.size(), lateByStep.getOrDefault(step, Set.of()).size())));
    if (summary.waiting() > 0) {
      steps.add(new StepCount(StepLabels.WAITING, stepLabels.get(StepLabels.WAITING), summary.waiting(), 0));
    }
    if (summary.ended() > 0) {
      steps.add(new StepCount(StepLabels.ENDED, stepLabels.get(StepLabels.ENDED), summary.ended(), 0));
    }
    List<OutcomeCount> outcomeCounts = new ArrayList<>();
    outcomeLabels.forEach((outcome, label) -> {
      Long n = outcomes.get(outcome);
      if (n != null) {
        outcomeCounts.add(new OutcomeCount(outcome, label, n));
      }
    });
    if (keys != null) {
      Collections.sort(keys);
    }
    return new Counts(summary, steps, outcomeCounts, keys);
  }

  private Quota quota(Board board, Visible scope, int year) {
    if (board.type() == CaseType.CER) {
      return jdbc.query("select funded_quota, funded_count from cer_campaign where campaign_year = ?", rs -> rs.next()
          ? new Quota("Contrats financés de la campagne " + year, rs.getInt(1), rs.getInt(2), 0, Math.max(0, rs.getInt(1) - rs.getInt(2)))
          : null, year);
    }
    List<Object> params = new ArrayList<>();
    params.add(year);
    params.addAll(scope.campaignParams());
    return jdbc.query("select coalesce(sum(k.contract_quota), 0), coalesce(sum(k.signed_count), 0), coalesce(sum(k.open_offers), 0),"
        + " count(*), coalesce(sum(k.resident_quota), 0), coalesce(sum(k.resident_signed), 0), coalesce(sum(k.resident_offers), 0),"
        + " coalesce(sum(k.student_quota), 0), coalesce(sum(k.student_signed), 0), coalesce(sum(k.student_offers), 0)"
        + " from cesp_campaign k where k.campaign_year = ? and " + scope.campaignCondition(), rs -> {
          if (!rs.next() || rs.getInt(4) == 0) {
            return null;
          }
          int quota = rs.getInt(1);
          int used = rs.getInt(2);
          int offers = rs.getInt(3);
          String label = switch (board) {
            case UFR -> "Contrats CESP de la faculté, campagne " + year;
            case ARS -> "Contrats CESP des facultés de la région, campagne " + year;
            default -> "Contrats CESP de toutes les facultés, campagne " + year;
          };
          // CESP_5: each kind has its own quota
          List<Quota> parts = List.of(
              new Quota("Internes", rs.getInt(5), rs.getInt(6), rs.getInt(7), Math.max(0, rs.getInt(5) - rs.getInt(6) - rs.getInt(7))),
              new Quota("Étudiants", rs.getInt(8), rs.getInt(9), rs.getInt(10), Math.max(0, rs.getInt(8) - rs.getInt(9) - rs.getInt(10))));
          return new Quota(label, quota, used, offers, Math.max(0, quota - used - offers), parts);
        }, params.toArray());
  }

  // --- filters, the page, its tasks

  private static void filters(Sql sql, BoardFilter filter, Timestamp now) {
    if (filter.step() != null) {
      switch (filter.step()) {
        case StepLabels.ENDED -> sql.where("c.ended_at is not null");
        case StepLabels.WAITING -> sql.where("c.ended_at is null and not " + HAS_TASK + ")");
        default -> sql.where(HAS_TASK + " and t.task_def_key_ = ?)", filter.step());
      }
    }
    if (filter.outcome() != null) {
      if (OPEN.equals(filter.outcome())) {
        sql.where("c.ended_at is null");
      } else {
        sql.where("c.outcome = ?", filter.outcome());
      }
    }
    if (filter.overdue() != null) {
      sql.where((filter.overdue() ? "" : "not ") + HAS_TASK + " and t.due_date_ < ?)", now);
    }
    if (filter.q() != null) {
      String like = "%" + filter.q().toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
      sql.where("(lower(c.applicant_name) like ? escape '!' or lower(c.business_key) like ? escape '!')", like, like);
    }
  }

  private long count(Sql sql) {
    Long n = jdbc.queryForObject("select count(*) from " + sql.from + sql.where(), Long.class, sql.params.toArray());
    return n == null ? 0 : n;
  }

  private static String orderBy(BoardFilter filter) {
    String direction = filter.descending() ? " desc" : " asc";
    return switch (filter.sort()) {
      case "name" -> " order by lower(c.applicant_name)" + direction + ", c.business_key" + direction;
      case "created" -> " order by c.created_at" + direction + ", c.business_key" + direction;
      // cases without a due task last, whichever the direction
      case "due" -> " order by case when (select min(t.due_date_) from act_ru_task t where t.proc_inst_id_ = c.process_instance_id)"
          + " is null then 1 else 0 end, (select min(t.due_date_) from act_ru_task t where t.proc_inst_id_ = c.process_instance_id)"
          + direction + ", c.business_key" + direction;
      default -> " order by c.business_key" + direction;
    };
  }

  private List<Row> rows(CurrentUser user, Board board, Sql sql, BoardFilter filter, Map<String, String> steps,
      Map<String, String> outcomes, Timestamp now) {
    CaseType type = board.type();
    String columns = type == CaseType.CER
        ? "c.business_key, c.process_instance_id, c.applicant_id, c.applicant_name, c.campaign_year, c.outcome, c.created_at,"
            + " c.ended_at, c.funding_decision"
        : "c.business_key, c.process_instance_id, c.applicant_id, c.applicant_name, k.campaign_year, c.outcome, c.created_at,"
            + " c.ended_at, c.stage, k.ufr, k.region_code, c.payer";
    List<Object> params = new ArrayList<>(sql.params);
    params.add(filter.size());
    params.add(filter.offset());
    List<Raw> raws = jdbc.query("select " + columns + " from " + sql.from + sql.where() + orderBy(filter) + " limit ? offset ?",
        (rs, i) -> raw(rs, type), params.toArray());
    List<Raw> readable = new ArrayList<>();
    Map<String, fr.engagements.casefile.Access> answers = access.readAll(user, raws.stream().map(Raw::file).toList());
    for (Raw raw : raws) {
      if (answers.get(raw.file().businessKey()).allowed()) {
        readable.add(raw);
      } else {
        LOG.warn("Board {}: case {} selected for {} but refused by CaseAccess: left out", board.id(), raw.file().businessKey(), user.id());
      }
    }
    Map<String, List<RowTask>> tasks = tasks(user, readable, steps, now);
    Map<String, long[]> ledger = board == Board.CNG ? ledger(readable) : Map.of();
    List<Row> rows = new ArrayList<>();
    for (Raw raw : readable) {
      CaseFile file = raw.file();
      List<RowTask> open = tasks.getOrDefault(file.processInstanceId(), List.of());
      boolean overdue = open.stream().anyMatch(RowTask::overdue);
      String outcomeLabel = raw.outcome() == null ? null : outcomes.getOrDefault(raw.outcome(), raw.outcome());
      String state = file.ended() ? (outcomeLabel == null ? steps.get(StepLabels.ENDED) : outcomeLabel)
          : open.isEmpty() ? steps.get(StepLabels.WAITING)
          : open.stream().map(RowTask::label).distinct().collect(Collectors.joining(" ; "));
      long[] sums = ledger.get(file.businessKey());
      // the CNG's board only speaks of money: 0 when the ledger has nothing yet
      Long paid = board != Board.CNG ? null : Long.valueOf(sums == null ? 0 : sums[0]);
      Long due = board != Board.CNG ? null : Long.valueOf(sums == null ? 0 : sums[1]);
      rows.add(new Row(file.businessKey(), file.applicantName(), file.campaignYear(), file.scope().get(Scope.FACULTY),
          file.scope().get(Scope.REGION), raw.phase(), open, overdue, raw.outcome(), outcomeLabel, state, raw.funding(),
          paid, due,
          raw.createdAt(), "/dossiers/" + file.businessKey()));
    }
    return rows;
  }

  /** A row as read, before the access check. */
  private record Raw(CaseFile file, String outcome, Instant createdAt, String funding, String phase) {
  }

  private static Raw raw(ResultSet rs, CaseType type) throws SQLException {
    Map<Scope, String> scope = new EnumMap<>(Scope.class);
    String funding = null;
    String phase = null;
    if (type == CaseType.CER) {
      funding = rs.getString("funding_decision") == null ? null : CerLabels.value(rs.getString("funding_decision"))
          .orElse(rs.getString("funding_decision"));
    } else {
      scope.put(Scope.FACULTY, rs.getString("ufr"));
      scope.put(Scope.REGION, rs.getString("region_code"));
      phase = rs.getString("stage") == null ? null : CESP_PHASES.getOrDefault(rs.getString("stage"), rs.getString("stage"));
      // CESP_2: who pays a signed contract (CNG, or the region's ARS), recorded at signature
      String payer = rs.getString("payer");
      funding = payer == null ? null : "ARS".equals(payer) ? "ARS " + rs.getString("region_code") : payer;
    }
    Timestamp ended = rs.getTimestamp("ended_at");
    CaseFile file = new CaseFile(type, rs.getString("business_key"), rs.getString("process_instance_id"),
        rs.getString("applicant_id"), rs.getString("applicant_name"), rs.getInt("campaign_year"), ended != null, scope);
    return new Raw(file, rs.getString("outcome"), rs.getTimestamp("created_at").toInstant(), funding, phase);
  }

  /**
   * The open tasks of the page's cases, in one statement, and in a second which of them this user may work (assignee,
   * candidate user or one of their candidate groups; an administrator all): only those link to Tasklist, where the
   * others would show nothing.
   */
  private Map<String, List<RowTask>> tasks(CurrentUser user, List<Raw> raws, Map<String, String> steps, Timestamp now) {
    List<Object> ids = raws.stream().map(r -> (Object) r.file().processInstanceId()).filter(id -> id != null).toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    record Open(String id, String instance, String step, Timestamp due, String assignee) {
    }
    List<Open> open = jdbc.query("select t.id_, t.proc_inst_id_, t.task_def_key_, t.due_date_, t.assignee_ from act_ru_task t"
        + " where t.proc_inst_id_ in (" + marks(ids.size()) + ") order by t.create_time_, t.id_",
        (rs, i) -> new Open(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4), rs.getString(5)), ids.toArray());
    Set<String> workable = new HashSet<>();
    open.stream().filter(t -> user.isAdmin() || user.id().equals(t.assignee())).forEach(t -> workable.add(t.id()));
    List<Object> taskIds = open.stream().filter(t -> t.assignee() == null).map(t -> (Object) t.id()).toList();
    if (!taskIds.isEmpty()) {
      List<Object> params = new ArrayList<>(taskIds);
      params.add(user.id());
      params.addAll(user.groups());
      workable.addAll(jdbc.queryForList("select distinct l.task_id_ from act_ru_identitylink l where l.task_id_ in ("
          + marks(taskIds.size()) + ") and l.type_ = 'candidate' and (l.user_id_ = ?"
          + (user.groups().isEmpty() ? "" : " or l.group_id_ in (" + marks(user.groups().size()) + ")") + ")",
          String.class, params.toArray()));
    }
    Map<String, String> applicants = new HashMap<>();
    raws.stream().filter(r -> r.file().processInstanceId() != null && r.file().applicantId() != null)
        .forEach(r -> applicants.put(r.file().processInstanceId(), r.file().applicantId()));
    Map<String, List<RowTask>> tasks = new HashMap<>();
    for (Open t : open) {
      tasks.computeIfAbsent(t.instance(), k -> new ArrayList<>()).add(new RowTask(t.id(), t.step(),
          steps.getOrDefault(t.step(), t.step()), t.due() == null ? null : t.due().toInstant(),
          t.due() == null ? null : FrenchFormat.day(new Date(t.due().getTime())), t.due() != null && t.due().before(now),
          t.assignee() != null && t.assignee().equals(applicants.get(t.instance())),
          workable.contains(t.id()) ? TASKLIST_TASK + t.id() : null));
    }
    return tasks;
  }

  private static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  /** CNG: allowance paid (gross) and sums due of the page's contracts, from the ledger, in one statement. */
  private Map<String, long[]> ledger(List<Raw> raws) {
    if (raws.isEmpty()) {
      return Map.of();
    }
    List<Object> keys = raws.stream().map(r -> (Object) r.file().businessKey()).toList();
    Map<String, long[]> sums = new HashMap<>();
    // the allowance counts its gross amount; a sum due is held in the entry's net column (Ledger.recordReimbursement),
    // less what a withdrawn rupture cancelled (negative lines)
    jdbc.query("select contract_ref, entry_type, sum(case when entry_type = 'ALLOWANCE' then gross_cents else net_cents end)"
        + " from ledger_entry where contract_ref in ("
        + String.join(", ", Collections.nCopies(keys.size(), "?")) + ") and entry_type in ('ALLOWANCE', 'REIMBURSEMENT_DUE', 'REIMBURSEMENT_CANCELLED')"
        + " group by contract_ref, entry_type", rs -> {
          long[] s = sums.computeIfAbsent(rs.getString(1), k -> new long[2]);
          s["ALLOWANCE".equals(rs.getString(2)) ? 0 : 1] += rs.getLong(3);
        }, keys.toArray());
    return sums;
  }

  /** A statement's from and where clauses with their parameters, built step by step. */
  static final class Sql {
    final String from;
    final List<String> conditions = new ArrayList<>();
    final List<Object> params = new ArrayList<>();

    Sql(String from) {
      this.from = from;
    }

    Sql where(String condition, Object... values) {
      conditions.add(condition);
      params.addAll(Arrays.asList(values));
      return this;
    }

    String where() {
      return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    Sql copy() {
      Sql copy = new Sql(from);
      copy.conditions.addAll(conditions);
      copy.params.addAll(params);
      return copy;
    }
  }
}

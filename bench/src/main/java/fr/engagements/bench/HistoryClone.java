package fr.engagements.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Fills the history with ended candidacies quickly: the history rows that real ended candidacies left (process,
 * activity, task, variable and decision instances; not the variable details, identity links and operation log, to
 * keep the load within minutes) are copied with fresh ids,
 * a fresh business key and dates moved back, in JDBC batches. The shortcut: copies share their template's variable
 * values (applicant id included), and file variables lose their content (the byte array is not copied).
 */
final class HistoryClone {

  static final List<String> TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST",
      "ACT_HI_DECINST");
  /** Columns holding ids of the copied case itself: remapped in each copy. */
  static final Set<String> OWN_IDS = Set.of("ID_", "PROC_INST_ID_", "ROOT_PROC_INST_ID_", "EXECUTION_ID_", "ACT_INST_ID_",
      "PARENT_ACT_INST_ID_", "TASK_ID_", "VAR_INST_ID_", "ROOT_DEC_INST_ID_", "OPERATION_ID_", "SCOPE_ACTIVITY_INSTANCE_ID_",
      "CALL_PROC_INST_ID_", "SUPER_PROCESS_INSTANCE_ID_", "ACTIVITY_INSTANCE_ID_", "DEC_INST_ID_");

  private record Template(Map<String, List<Object[]>> rows, Map<String, String[]> columns, Map<String, int[]> types) {
  }

  private final List<Template> templates = new ArrayList<>();
  private final List<Integer> weights = new ArrayList<>();

  /** Reads the history rows of this ended process instance as a template, used {@code weight} times out of the total weight. */
  void addTemplate(DataSource dataSource, String processInstanceId, int weight) throws SQLException {
    Map<String, List<Object[]>> rows = new HashMap<>();
    Map<String, String[]> columns = new HashMap<>();
    Map<String, int[]> types = new HashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String table : TABLES) {
        String where = switch (table) {
          case "ACT_HI_OP_LOG" -> "PROC_INST_ID_ = ? and ENTITY_TYPE_ <> 'Job'";
          case "ACT_HI_IDENTITYLINK" -> "ROOT_PROC_INST_ID_ = ?";
          default -> "PROC_INST_ID_ = ?";
        };
        try (PreparedStatement select = connection.prepareStatement("select * from " + table + " where " + where)) {
          select.setString(1, processInstanceId);
          try (ResultSet rs = select.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            String[] names = new String[meta.getColumnCount()];
            int[] sqlTypes = new int[names.length];
            for (int i = 0; i < names.length; i++) {
              names[i] = meta.getColumnName(i + 1).toUpperCase();
              sqlTypes[i] = meta.getColumnType(i + 1);
            }
            List<Object[]> list = new ArrayList<>();
            while (rs.next()) {
              Object[] row = new Object[names.length];
              for (int i = 0; i < names.length; i++) {
                row[i] = rs.getObject(i + 1);
              }
              list.add(row);
            }
            rows.put(table, list);
            columns.put(table, names);
            types.put(table, sqlTypes);
          }
        }
      }
    }
    templates.add(new Template(rows, columns, types));
    weights.add(weight);
  }

  int rowsPerCopy(int template) {
    return templates.get(template).rows().values().stream().mapToInt(List::size).sum();
  }

  /** Inserts copies {@code from} (inclusive) to {@code to} (exclusive); returns the rows inserted. */
  long copy(Connection connection, int from, int to) throws SQLException {
    connection.setAutoCommit(false);
    int totalWeight = weights.stream().mapToInt(Integer::intValue).sum();
    Map<String, PreparedStatement> inserts = new HashMap<>();
    long rows = 0;
    try {
      for (int k = from; k < to; k++) {
        int pick = k % totalWeight;
        int t = 0;
        while (pick >= weights.get(t)) {
          pick -= weights.get(t);
          t++;
        }
        Template template = templates.get(t);
        Map<String, String> ids = new HashMap<>();
        long shift = (long) (k % 3650) * 86_400_000L;
        String businessKey = String.format("CER-%d-%06d", 2010 + k % 10, 100_000 + k / 10);
        for (String table : TABLES) {
          String[] names = template.columns().get(table);
          int[] types = template.types().get(table);
          PreparedStatement insert = inserts.computeIfAbsent(table, name -> prepare(connection, name, names));
          for (Object[] row : template.rows().get(table)) {
            for (int i = 0; i < names.length; i++) {
              Object value = row[i];
              String column = names[i];
              if (value != null && OWN_IDS.contains(column) && value instanceof String id) {
                value = ids.computeIfAbsent(id, HistoryClone::newId);
              } else if (column.equals("BUSINESS_KEY_") && value != null) {
                value = businessKey;
              } else if (column.equals("BYTEARRAY_ID_")) {
                value = null;
              } else if (value instanceof Timestamp ts) {
                value = new Timestamp(ts.getTime() - shift);
              }
              if (value == null) {
                insert.setNull(i + 1, types[i] == Types.OTHER ? Types.VARCHAR : types[i]);
              } else {
                insert.setObject(i + 1, value, types[i]);
              }
            }
            insert.addBatch();
            rows++;
          }
        }
        if ((k - from) % 200 == 199) {
          flush(inserts);
          connection.commit();
        }
      }
      flush(inserts);
      connection.commit();
    } finally {
      for (PreparedStatement insert : inserts.values()) {
        insert.close();
      }
    }
    return rows;
  }

  private static void flush(Map<String, PreparedStatement> inserts) throws SQLException {
    for (String table : TABLES) {
      PreparedStatement insert = inserts.get(table);
      if (insert != null) {
        insert.executeBatch();
      }
    }
  }

  private static PreparedStatement prepare(Connection connection, String table, String[] names) {
    try {
      return connection.prepareStatement("insert into " + table + " (" + String.join(", ", names) + ") values ("
          + String.join(", ", java.util.Collections.nCopies(names.length, "?")) + ")");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String newId(String old) {
    int colon = old.lastIndexOf(':');
    String fresh = UUID.randomUUID().toString();
    return colon < 0 ? fresh : old.substring(0, colon + 1) + fresh;
  }
}

package fr.engagements.bench;

import java.io.Closeable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The statement counter: wraps the application's DataSource (bench profile only) and counts, globally and per
 * thread, every SQL statement executed (each row of a JDBC batch counts as one statement; a batch is one round
 * trip) and every commit.
 */
@Component
@Profile("bench")
public class Sql implements BeanPostProcessor {

  public static final AtomicLong STATEMENTS = new AtomicLong();
  public static final AtomicLong ROUND_TRIPS = new AtomicLong();
  public static final AtomicLong COMMITS = new AtomicLong();
  /** Per thread: statements, round trips, commits. */
  private static final ThreadLocal<long[]> MINE = ThreadLocal.withInitial(() -> new long[3]);

  private static volatile DataSource raw;
  /** When on, statements counted by their SQL text (bench/run --profile-sql). */
  public static volatile boolean profile;
  public static final java.util.concurrent.ConcurrentHashMap<String, AtomicLong> BY_SQL = new java.util.concurrent.ConcurrentHashMap<>();

  /** The pool without the counter (the raw JDBC ceiling loop). */
  public static DataSource raw() {
    return raw;
  }

  /** Commits made by this thread so far (explicit ones: auto-commit statements are not counted here). */
  public static long myCommits() {
    return MINE.get()[2];
  }

  /** Statements executed by this thread so far. */
  public static long myStatements() {
    return MINE.get()[0];
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass()) && raw == null) {
      raw = dataSource;
      return Proxy.newProxyInstance(Sql.class.getClassLoader(), new Class<?>[] {DataSource.class, Closeable.class},
          (proxy, method, args) -> {
            if (method.getName().equals("close") && method.getParameterCount() == 0) {
              if (dataSource instanceof AutoCloseable closeable) {
                closeable.close();
              }
              return null;
            }
            Object result = invoke(dataSource, method, args);
            return result instanceof Connection connection ? connection(connection) : result;
          });
    }
    return bean;
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Connection connection(Connection target) {
    return (Connection) Proxy.newProxyInstance(Sql.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
      String name = method.getName();
      if (name.equals("commit")) {
        COMMITS.incrementAndGet();
        MINE.get()[2]++;
      }
      Object result = invoke(target, method, args);
      if (result instanceof Statement statement && (name.startsWith("create") || name.startsWith("prepare"))) {
        return statement(statement, name.startsWith("prepare") ? (String) args[0] : null);
      }
      return result;
    });
  }

  private static Statement statement(Statement target, String preparedSql) {
    Class<?> type = target instanceof CallableStatement ? CallableStatement.class
        : target instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
    int[] batched = new int[1];
    InvocationHandler handler = (proxy, method, args) -> {
      String name = method.getName();
      if (name.equals("addBatch")) {
        batched[0]++;
      } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
        count(batched[0], preparedSql);
        batched[0] = 0;
      } else if (name.startsWith("execute")) {
        count(1, preparedSql != null ? preparedSql : args != null && args.length > 0 ? String.valueOf(args[0]) : "?");
      }
      return invoke(target, method, args);
    };
    return (Statement) Proxy.newProxyInstance(Sql.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static void count(int statements, String sql) {
    if (profile && sql != null) {
      BY_SQL.computeIfAbsent(sql.replaceAll("\\s+", " ").trim(), k -> new AtomicLong()).addAndGet(statements);
    }
    STATEMENTS.addAndGet(statements);
    ROUND_TRIPS.incrementAndGet();
    long[] mine = MINE.get();
    mine[0] += statements;
    mine[1]++;
  }
}

package uk.partnership.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements a request runs (datasource-proxy), so tests can prove that a public page runs
 * a bounded number of statements whatever the amount of data. Every test context has it ({@link SharedTestBeans});
 * the count is per thread, which is the MockMvc request's thread.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery()
                            .afterQuery((execution, queries) -> {
                                queries.forEach(query -> RUN.get().add(Statement.of(query)));
                                if (Boolean.getBoolean("statements.log")) {
                                    queries.forEach(query -> System.out.println("SQL> " + query.getQuery().replaceAll("\\s+", " ")));
                                }
                            })
                            // A commit ends a transaction this thread opened (Spring's, or a test's own).
                            .afterMethod(execution -> {
                                if (execution.getTarget() instanceof java.sql.Connection
                                        && "commit".equals(execution.getMethod().getName())) {
                                    COMMITS.get()[0]++;
                                }
                            }).build();
                }
                return bean;
            }
        };
    }

    /** The statements this thread ran since {@link #reset()}. */
    private static final ThreadLocal<List<Statement>> RUN = ThreadLocal.withInitial(ArrayList::new);

    /** The transactions this thread committed since {@link #reset()}. */
    private static final ThreadLocal<long[]> COMMITS = ThreadLocal.withInitial(() -> new long[1]);

    /** A statement as sent, and the values bound to its parameters in order (of its first execution in a batch). */
    public record Statement(String sql, List<Object> parameters) {

        static Statement of(net.ttddyy.dsproxy.QueryInfo query) {
            List<Object> values = new ArrayList<>();
            if (!query.getParametersList().isEmpty()) {
                query.getParametersList().getFirst().stream()
                        .sorted(Comparator.comparingInt(operation -> (Integer) operation.getArgs()[0]))
                        .forEach(operation -> values.add(operation.getArgs()[1]));
            }
            return new Statement(query.getQuery(), Collections.unmodifiableList(values));
        }
    }

    public static void reset() {
        QueryCountHolder.clear();
        RUN.get().clear();
        COMMITS.get()[0] = 0;
    }

    /**
     * The transactions this thread committed since the last {@link #reset()}: a page that only reads needs none (each
     * costs a connection's round trips and Spring's transaction handling, issue 18).
     */
    public static long transactions() {
        return COMMITS.get()[0];
    }

    /** The statements this thread ran since the last {@link #reset()}, with their parameters. */
    public static List<Statement> runWithParameters() {
        return List.copyOf(RUN.get());
    }

    /** A request a test makes, such as a MockMvc {@code perform}. */
    public interface Request {
        void run() throws Exception;
    }

    /**
     * The statements {@code request} runs, as in a real request: with a persistence context of its own (a test's
     * transaction would otherwise share one, and entities read before would not be read again).
     */
    public static long countOf(jakarta.persistence.EntityManager entityManager, Request request) throws Exception {
        entityManager.clear();
        reset();
        request.run();
        return statements();
    }

    /** The statements this thread ran since the last {@link #reset()}, with runs of white space made one space. */
    public static List<String> run() {
        return RUN.get().stream().map(statement -> statement.sql().replaceAll("\\s+", " ")).toList();
    }

    public static long statements() {
        return QueryCountHolder.getGrandTotal().getTotal();
    }
}

package io.paystream.testsupport.tenancy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Every SQL statement a service under test sends its database, and the tenancy check of ARCHITECTURE §11 on them: a
 * statement on a table whose rows belong to a merchant names {@code merchant_id}, except the few a service runs for
 * all merchants at once (a relay, a sweep, a reconciler), each listed by the service's test with its reason. Imported
 * into a service's test context ({@code @Import(TenantStatements.class)}), it records what every test of the JVM
 * made the service send; a query written later that forgets the merchant fails the service's tenancy test.
 */
public final class TenantStatements implements BeanPostProcessor {

    private static final Set<String> SENT = ConcurrentHashMap.newKeySet();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())
                ? proxy(DataSource.class, dataSource, TenantStatements::recordingConnections)
                : bean;
    }

    /** The statements sent so far that touch {@code table} (as FROM, JOIN, UPDATE, INTO or DELETE FROM). */
    public static List<String> touching(String table) {
        Pattern touches = Pattern.compile("\\b(from|join|update|into)\\s+" + Pattern.quote(table) + "\\b");
        return SENT.stream()
                .filter(sql -> touches.matcher(sql.toLowerCase(Locale.ROOT)).find())
                .sorted()
                .toList();
    }

    /**
     * The statements sent so far on any of {@code tables} that do not filter on the merchant (an INSERT: do not write
     * it), but for those containing a key of {@code allMerchants} (a fragment of the statement, and why it is for every
     * merchant).
     */
    public static List<String> unscoped(Set<String> tables, Map<String, String> allMerchants) {
        return tables.stream()
                .flatMap(table -> touching(table).stream())
                .distinct()
                .filter(sql -> !namesTheMerchant(sql))
                .filter(sql -> allMerchants.keySet().stream().noneMatch(sql::contains))
                .sorted()
                .toList();
    }

    /** An INSERT writes the merchant's column; any other statement filters on it (a selected column is no filter). */
    private static boolean namesTheMerchant(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        if (lower.startsWith("insert")) {
            return lower.contains("merchant_id");
        }
        int where = lower.indexOf(" where ");
        return where >= 0 && lower.substring(where).contains("merchant_id");
    }

    private static Object recordingConnections(Object target, Method method, Object[] args) throws Throwable {
        Object result = invoke(target, method, args);
        return result instanceof Connection connection
                ? proxy(Connection.class, connection, TenantStatements::recordingStatements)
                : result;
    }

    private static Object recordingStatements(Object target, Method method, Object[] args) throws Throwable {
        record(method, args);
        Object result = invoke(target, method, args);
        return result instanceof Statement statement && method.getName().equals("createStatement")
                ? proxy(Statement.class, statement, (plain, call, sql) -> {
                    record(call, sql);
                    return invoke(plain, call, sql);
                })
                : result;
    }

    /**
     * prepareStatement, prepareCall, execute…, addBatch: the SQL is their first argument. Only the service's own are
     * kept: a test reading rows to check them, or a migration, is no query of the service.
     */
    private static void record(Method method, Object[] args) {
        String name = method.getName();
        if (args != null
                && args.length > 0
                && args[0] instanceof String sql
                && (name.startsWith("prepare") || name.startsWith("execute") || name.equals("addBatch"))
                && sentByTheService()) {
            SENT.add(sql.replaceAll("\\s+", " ").trim());
        }
    }

    /** The nearest of our frames is the service's, not a test's (nor Flyway's migrations, which have none). */
    private static boolean sentByTheService() {
        return StackWalker.getInstance()
                .walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                        .filter(type ->
                                type.startsWith("io.paystream.") && !type.startsWith("io.paystream.testsupport."))
                        .findFirst()
                        .map(type -> !(type.endsWith("Tests") || type.endsWith("TestBase") || type.contains("Tests$")))
                        .orElse(false));
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }
}

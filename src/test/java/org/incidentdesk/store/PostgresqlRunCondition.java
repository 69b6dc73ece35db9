package org.incidentdesk.store;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides which test classes the run on PostgreSQL (surefire execution {@code postgresql}, where JUnit's extension
 * autodetection registers this) runs: the store and service suites, when the server answers. Elsewhere it is off.
 * Without a server every class is skipped with the reason; with {@value TestDatabase#REQUIRED_PROPERTY}=true (CI)
 * the class fails instead, so a CI run cannot pass without having run on PostgreSQL.
 */
public final class PostgresqlRunCondition implements ExecutionCondition {
    private static final String STORE = "org.incidentdesk.store";
    private static final String SERVICE = "org.incidentdesk.service";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.onPostgresql() || context.getTestClass().isEmpty()) {
            return ConditionEvaluationResult.enabled("not the PostgreSQL run");
        }
        String name = context.getTestClass().get().getName();
        if (!name.startsWith(STORE + ".") && !name.startsWith(SERVICE + ".")) {
            return ConditionEvaluationResult.disabled("the PostgreSQL run covers " + STORE + " and " + SERVICE
                    + " only; " + name + " ran on H2");
        }
        String problem = TestDatabase.serverProblem().orElse(null);
        if (problem == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers");
        }
        if (Boolean.getBoolean(TestDatabase.REQUIRED_PROPERTY)) {
            throw new IllegalStateException(problem + " — and " + TestDatabase.REQUIRED_PROPERTY + "=true (CI)");
        }
        return ConditionEvaluationResult.disabled(problem);
    }
}

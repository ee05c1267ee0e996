package dev.canopy.tenancy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

import dev.canopy.platform.Ids;
import dev.canopy.testsupport.Fixtures;
import dev.canopy.testsupport.InTenant;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** PostgreSQL's half of isolation holds even where Hibernate's filter does not reach (native SQL). */
@QuarkusTest
class RowLevelSecurityTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";
    // The tenant registry is global by design: requests are resolved to a consortium through it
    private static final List<String> GLOBAL_TABLES = List.of("custom_domain");
    // Published products are public data; every query of it names its consortium (PublicCatalogTest)
    private static final List<String> PUBLIC_READ_MODELS = List.of("shop_product");

    @Inject
    TenantContext tenant;
    @Inject
    EntityManager entityManager;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void nativeQueryInAConsortiumSeesOnlyItsMembers() {
        String manager = Fixtures.email("manager");
        String a = Fixtures.consortium(manager);
        String a1 = Fixtures.member(a, manager);
        String a2 = Fixtures.member(a, manager);
        Fixtures.member(Fixtures.consortium(manager), manager);

        UUID idA = Fixtures.consortiumId(a);
        List<String> seen = InTenant.call(idA, () -> {
            assertThat(tenant.require().id(), equalTo(idA));
            return slugsOfMembers();
        });
        assertThat(seen, containsInAnyOrder(a1, a2));
    }

    @Test
    void rowForAnotherConsortiumCannotBeWritten() {
        String manager = Fixtures.email("manager");
        String a = Fixtures.consortium(manager);
        String b = Fixtures.consortium(manager);
        String b1 = Fixtures.member(b, manager);
        UUID idA = Fixtures.consortiumId(a);
        UUID idB = Fixtures.consortiumId(b);

        // Control: the same statement for the current consortium is accepted
        String own = Fixtures.unique("own");
        assertThat(InTenant.call(idA, () -> insertMember(idA, own)), equalTo(1));
        assertThat(InTenant.call(idA, this::slugsOfMembers), containsInAnyOrder(own));

        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> InTenant.run(idA, () -> insertMember(idB, Fixtures.unique("intruder"))));
        PSQLException cause = psqlCause(refused);
        assertThat(cause.getSQLState(), equalTo(INSUFFICIENT_PRIVILEGE));
        assertThat(cause.getMessage(), containsString("row-level security"));
        assertThat(InTenant.call(idB, this::slugsOfMembers), containsInAnyOrder(b1));
    }

    @Test
    void withoutAConsortiumNoMemberIsVisible() throws SQLException {
        String manager = Fixtures.email("manager");
        String a = Fixtures.consortium(manager);
        Fixtures.member(a, manager);
        UUID idA = Fixtures.consortiumId(a);
        assertThat(InTenant.call(idA, this::slugsOfMembers).size(), equalTo(1));

        assertThat(InTenant.call(null, this::slugsOfMembers), empty());
        // Nor does a pooled connection keep the last transaction's consortium
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(single(statement, "select current_setting('canopy.consortium_id', true)"),
                    emptyOrNullString());
            assertThat(single(statement, "select count(*) from member"), equalTo("0"));
        }
    }

    @Test
    void insideAConsortiumAPersonsMembershipsElsewhereStayHidden() {
        String managerA = Fixtures.email("manager");
        String managerB = Fixtures.email("manager");
        String a = Fixtures.consortium(managerA);
        String b = Fixtures.consortium(managerB);
        String artisanB = Fixtures.email("artisan");
        Fixtures.artisan(b, Fixtures.member(b, managerB), managerB, artisanB);
        UUID idA = Fixtures.consortiumId(a);

        // Control: before a consortium is known, a person finds their own memberships (the portal's home)
        assertThat(InTenant.call(null, () -> asPerson(managerB, "select email from consortium_manager")),
                containsInAnyOrder(managerB));
        assertThat(InTenant.call(null, () -> asPerson(artisanB, "select email from member_artisan")),
                containsInAnyOrder(artisanB));

        // Inside consortium A, with the settings the app makes for that person, nothing of B shows
        assertThat(InTenant.call(idA, () -> asPerson(managerB, "select email from consortium_manager")),
                containsInAnyOrder(managerA));
        assertThat(InTenant.call(idA, () -> asPerson(artisanB, "select email from member_artisan")), empty());
        assertThat(InTenant.call(idA, () -> asPerson(artisanB, "select slug from member")), empty());
    }

    @Test
    void appRunsAsAPlainRoleThatOwnsNoTable() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(single(statement, "select current_user"), equalTo("canopy_app"));
            assertThat(single(statement, "select rolsuper or rolbypassrls from pg_roles where rolname = current_user"),
                    equalTo("f"));
            assertThat(single(statement, "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = 'public' and c.relkind = 'r'"
                    + " and pg_has_role(current_user, c.relowner, 'MEMBER')"), equalTo("0"));
        }
        assertThat(InTenant.call(null, () -> entityManager.createNativeQuery("select current_user", String.class)
                .getSingleResult()), equalTo("canopy_app"));
    }

    @Test
    void everyTenantTableForcesRowLevelSecurity() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            ResultSet tables = statement.executeQuery("select c.relname from pg_class c"
                    + " join pg_attribute a on a.attrelid = c.oid and a.attname = 'consortium_id'"
                    + " join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = 'public' and c.relkind = 'r'"
                    + " and not (c.relrowsecurity and c.relforcerowsecurity)");
            List<String> unprotected = new ArrayList<>();
            while (tables.next()) {
                unprotected.add(tables.getString(1));
            }
            unprotected.removeAll(GLOBAL_TABLES);
            unprotected.removeAll(PUBLIC_READ_MODELS);
            assertThat(unprotected, empty());
        }
    }

    @Test
    void theAppCannotWriteThePublicReadModelOnlyItsTriggersCan() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : PUBLIC_READ_MODELS) {
                assertThat(single(statement, "select has_table_privilege('" + table + "', 'INSERT') or "
                        + "has_table_privilege('" + table + "', 'UPDATE') or has_table_privilege('" + table
                        + "', 'DELETE')"), equalTo("f"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> slugsOfMembers() {
        return entityManager.createNativeQuery("select slug from member", String.class).getResultList();
    }

    /** Runs a native query as the app would for a caller with this verified e-mail. */
    @SuppressWarnings("unchecked")
    private List<String> asPerson(String email, String sql) {
        entityManager.createNativeQuery("select set_config('canopy.user_email', ?1, true)").setParameter(1, email)
                .getSingleResult();
        return entityManager.createNativeQuery(sql, String.class).getResultList();
    }

    private int insertMember(UUID consortiumId, String slug) {
        return entityManager.createNativeQuery("insert into member (consortium_id, id, slug, name, country, status,"
                + " created_at) values (?1, ?2, ?3, 'Intruder', 'TJ', 'active', now())")
                .setParameter(1, consortiumId).setParameter(2, Ids.next()).setParameter(3, slug)
                .executeUpdate();
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static PSQLException psqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PSQLException psql) {
                return psql;
            }
        }
        throw new AssertionError("Expected a PostgreSQL error, got " + failure, failure);
    }
}

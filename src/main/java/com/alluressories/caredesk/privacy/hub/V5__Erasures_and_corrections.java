package com.alluressories.caredesk.privacy.hub;

import com.alluressories.caredesk.privacy.ErasureSql;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The hub takes the chain's erasures and corrections of customers ({@link ErasureSql}) and
 * applies them to its own copy as they arrive: in PostgreSQL at head office, in SQLite for an
 * embedded hub.
 */
public class V5__Erasures_and_corrections extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        try (Statement st = c.createStatement()) {
            for (String sql : postgres ? ErasureSql.postgresql() : ErasureSql.sqlite(false)) {
                st.execute(sql);
            }
        }
    }
}

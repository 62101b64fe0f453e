package com.alluressories.caredesk.privacy.migration;

import com.alluressories.caredesk.privacy.ErasureSql;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A PC's store takes the chain's erasures and corrections of customers ({@link ErasureSql}): the
 * two appended tables, the triggers that apply each row as it arrives, and the PC's own list of
 * photo files to delete.
 */
public class V17__Erasures_and_corrections_for_the_chain extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        try (Statement st = context.getConnection().createStatement()) {
            for (String sql : ErasureSql.sqlite(true)) {
                st.execute(sql);
            }
        }
    }
}

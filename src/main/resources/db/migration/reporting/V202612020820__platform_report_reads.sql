-- The operator's platform report reads every consortium's sales and rates, and only when its
-- transaction says so (as the outbox dispatcher and the payments lookup do).
CREATE POLICY sales_fact_platform_report ON sales_fact FOR SELECT
    USING (current_setting('canopy.platform_report', true) = 'on');
CREATE POLICY exchange_rate_history_platform_report ON exchange_rate_history FOR SELECT
    USING (current_setting('canopy.platform_report', true) = 'on');

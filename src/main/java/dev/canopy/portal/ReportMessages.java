package dev.canopy.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the portal's sales reports, as {@code report:…} in templates; Russian in
 * {@code messages/report_ru.properties}. A bundle of their own, as {@link PaymentMessages} explains.
 */
@MessageBundle(value = "report", locale = "en")
public interface ReportMessages {

    @Message("Export sales")
    String export_title();

    @Message("Paid sales in {currency}, net of refunds, by the day each order was paid. Export means sent outside {country}.")
    String export_lead(String currency, String country);

    @Message("Sales")
    String sales_title();

    @Message("Your workshop's paid sales in {currency}, net of refunds, by the day each order was paid.")
    String sales_lead(String currency);

    @Message("Your payouts: what the brand owes and has paid you →")
    String my_payouts();

    @Message("Period")
    String period();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("{#when key}{#is 'last30'}Last 30 days{#is 'lastQuarter'}Last quarter{#else}This year{/when}")
    String preset(String key);

    @Message("Workshop")
    String member();

    @Message("Currency")
    String currency();

    @Message("Download by")
    String download_by();

    @Message("Download {format}")
    String download(String format);

    @Message("{#when key}{#is 'country'}country{#is 'member'}workshop{#is 'product'}product{#is 'category'}category"
            + "{#is 'month'}month{#is 'country,member'}country and workshop{#else}month and workshop{/when}")
    String grouping(String key);

    @Message("Category")
    String category();

    @Message("All")
    String all();

    @Message("Show")
    String show();

    @Message("{from} to {to}")
    String range(String from, String to);

    @Message("{#when key}{#is 'revenue'}Export revenue{#is 'orders'}Orders{#is 'average'}Average export order{#is 'countries'}Countries reached{#else}Export share{/when}")
    String kpi(String key);

    @Message("against {#if days == 1}the day before{#else}the {days} days before{/if}")
    String kpi_against(long days);

    @Message("nothing the period before")
    String kpi_nothing_before();

    @Message("Revenue by destination country")
    String by_country();

    @Message("Revenue by month")
    String by_month();

    @Message("Country")
    String country();

    @Message("Month")
    String month();

    @Message("Orders")
    String orders();

    @Message("Units")
    String units();

    @Message("Net revenue")
    String net();

    @Message("Top workshops")
    String top_members();

    @Message("Top products")
    String top_products();

    @Message("Product")
    String product();

    @Message("No paid sales in this period.")
    String none();

    @Message("The figures as a table")
    String as_table();

    @Message("Net revenue by destination country, largest first")
    String chart_countries();

    @Message("Net revenue by month")
    String chart_months();
}

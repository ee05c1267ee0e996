package dev.canopy.platform.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every text of the pages, in English; other languages in {@code messages/msg_<lang>.properties}. */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    @Message("Canopy")
    String platform_name();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Language")
    String language();

    @Message("Storefronts")
    String storefronts_title();

    @Message("Brands of small workshops, selling together")
    String storefronts_lead();

    @Message("Visit the shop")
    String storefronts_visit();

    @Message("No storefronts yet.")
    String storefronts_none();

    @Message("Our workshops")
    String shop_workshops();

    @Message("No workshops have joined yet.")
    String shop_no_workshops();

    @Message("Made in {country}")
    String shop_made_in(String country);

    @Message("Prices in {currencies}")
    String shop_currencies(String currencies);

    @Message("Portal")
    String portal_title();

    @Message("Sign out")
    String portal_sign_out();

    @Message("Signed in as {email}")
    String portal_signed_in_as(String email);

    @Message("Your identity provider has not verified an e-mail address for you, so Canopy cannot tell what you manage.")
    String portal_no_email();

    @Message("Consortia you manage")
    String portal_managed();

    @Message("Workshops you work for")
    String portal_workshops();

    @Message("You do not manage a consortium or work for a workshop yet. Ask your consortium's manager to add you.")
    String portal_nothing();

    @Message("Platform operator: you may create consortia through the API.")
    String portal_operator();

    @Message("Members")
    String portal_members();

    @Message("Admit a member")
    String portal_admit();

    @Message("Slug (used in addresses)")
    String field_slug();

    @Message("Name")
    String field_name();

    @Message("Craft")
    String field_craft();

    @Message("Region")
    String field_region();

    @Message("Country (ISO code, e.g. TJ)")
    String field_country();

    @Message("E-mail")
    String field_email();

    @Message("Status")
    String field_status();

    @Message("Artisans")
    String portal_artisans();

    @Message("Add an artisan")
    String portal_add_artisan();

    @Message("Add")
    String action_add();

    @Message("Open")
    String action_open();

    @Message("No artisans yet.")
    String portal_no_artisans();

    @Message("No members yet.")
    String portal_no_members();

    @Message("Something went wrong")
    String error_title();

    @Message("Back to the start page")
    String error_back();

    @Message("{#when status}{#is 'active'}Active{#is 'suspended'}Suspended{#else}Invited{/when}")
    String status(String status);

    // --- storefront: catalog, product and workshop pages ---

    @Message("Shop")
    String shop_nav();

    @Message("Currency")
    String shop_currency();

    @Message("See all products")
    String shop_all_products();

    @Message("Prices in {currency} are not available yet. Choose another currency above.")
    String shop_no_rate(String currency);

    @Message("You are here")
    String crumbs();

    @Message("Pages")
    String pager_label();

    @Message("Previous")
    String pager_previous();

    @Message("Next")
    String pager_next();

    @Message("Page {number} of {pages}")
    String pager_position(int number, int pages);

    @Message("from")
    String price_from();

    @Message("Products")
    String catalog_title();

    @Message("Search: {q}")
    String catalog_title_search(String q);

    @Message("Handmade products from the workshops of {brand}: search by word, category, maker and price.")
    String catalog_description(String brand);

    @Message("Search the shop")
    String catalog_search();

    @Message("Search")
    String catalog_search_button();

    @Message("Filters and order")
    String catalog_filters();

    @Message("Category")
    String catalog_category();

    @Message("Workshop")
    String catalog_maker();

    @Message("Any")
    String catalog_any();

    @Message("Price in {currency}")
    String catalog_price(String currency);

    @Message("From")
    String catalog_price_from();

    @Message("To")
    String catalog_price_to();

    @Message("In stock only")
    String catalog_in_stock();

    @Message("Order")
    String catalog_sort();

    @Message("{#when sort}{#is 'relevance'}Best match{#is 'price_asc'}Price: low to high{#is 'price_desc'}Price: high to low{#else}Newest{/when}")
    String catalog_sort_option(String sort);

    @Message("Results")
    String catalog_results();

    @Message("Found: {total}")
    String catalog_found(long total);

    @Message("Nothing found. Try fewer words or filters.")
    String catalog_nothing();

    @Message("Made by")
    String product_by();

    @Message("Photos")
    String product_photos();

    @Message("Sizes and versions")
    String product_variants();

    @Message("Version")
    String product_variant();

    @Message("Price")
    String product_price();

    @Message("Availability")
    String product_availability();

    @Message("In stock")
    String product_in_stock();

    @Message("Sold out")
    String product_sold_out();

    @Message("Made to order in {days} days")
    String product_made_to_order(Integer days);

    @Message("Made in")
    String product_made_in();

    @Message("Materials")
    String product_materials();

    @Message("Technique")
    String product_technique();

    @Message("Weight")
    String product_weight();

    @Message("{grams} g")
    String product_grams(Integer grams);

    @Message("One of a kind")
    String product_one_of_a_kind();

    @Message("Yes, there is only this one")
    String product_one_of_a_kind_yes();

    @Message("About this piece")
    String product_about();

    @Message("The workshop")
    String product_workshop();

    @Message("More from {name}")
    String product_more_by(String name);

    @Message("Products of {name}")
    String maker_products(String name);

    // --- portal: products, stock, review queue, categories, exchange rates ---

    @Message("Brand")
    String portal_brand_tasks();

    @Message("Open the storefront")
    String portal_view_shop();

    @Message("{#when status}{#is 'draft'}Draft{#is 'pending_review'}Pending review{#is 'published'}Published{#is 'rejected'}Rejected{#else}Archived{/when}")
    String product_status(String status);

    @Message("Products")
    String products_title();

    @Message("Add a product")
    String products_new();

    @Message("No products yet.")
    String products_none();

    @Message("the approved version stays in the shop meanwhile")
    String products_live_note();

    @Message("Sent back: {reason}")
    String products_rejected_because(String reason);

    @Message("Variants: {count}")
    String products_variants(int count);

    @Message("Send for review")
    String products_submit();

    @Message("Sent for review. The brand's manager will look at it.")
    String products_submitted();

    @Message("Showing the {shown} most recently changed of {total}.")
    String products_showing(int shown, long total);

    @Message("SKU")
    String field_sku();

    @Message("Stock")
    String stock_title();

    @Message("Count what you have and save once for all products.")
    String stock_lead();

    @Message("In stock: {sku}")
    String stock_of(String sku);

    @Message("Save stock")
    String stock_save();

    @Message("Stock saved.")
    String stock_saved();

    @Message("Nothing was saved. Please correct:")
    String form_refused();

    @Message("variant {row}")
    String form_row(int row);

    @Message("{#when field}{#is 'title'}Title{#is 'description'}Description{#is 'category'}Category{#is 'materials'}Materials{#is 'technique'}Technique{#is 'hsCode'}HS code{#is 'originCountry'}Country of origin{#is 'weightGrams'}Weight{#is 'leadTimeDays'}Days to make{#is 'days'}Delivery days{#is 'variants'}Variants{#is 'sku'}SKU{#is 'options'}Options{#is 'price'}Price{#is 'stock'}Stock{#is 'slug'}Slug{#is 'name'}Name{#is 'reason'}Reason{#is 'rates'}Rates{#is 'lines'}Items{#is 'reference'}Bank reference{#else}{field}{/when}")
    String form_field(String field);

    @Message("{#when code}{#is 'price'}must be a price like 240.50{#is 'stock'}must be a whole number, 0 or more{#is 'options'}must be lines like size=120x180{#is 'number'}must be a whole number{#is 'refund_nothing'}Choose how many of which items to refund.{#else}is not part of this product{/when}")
    String form_error(String code);

    @Message("Review queue")
    String reviews_title();

    @Message("Waiting: {count}")
    String reviews_pending(long count);

    @Message("Nothing to review.")
    String reviews_none();

    @Message("a change to a product in the shop")
    String reviews_edit_of_live();

    @Message("Approve")
    String reviews_approve();

    @Message("Reason, for the workshop")
    String reviews_reason();

    @Message("Send back")
    String reviews_reject();

    @Message("Categories")
    String categories_title();

    @Message("No categories yet.")
    String categories_none();

    @Message("Add a category")
    String categories_add();

    @Message("Remove")
    String categories_remove();

    @Message("Remove {slug}")
    String categories_remove_named(String slug);

    @Message("Name in {language}")
    String categories_name_in(String language);

    @Message("Exchange rates")
    String rates_title();

    @Message("How many units of each currency shoppers pay for 1 {base}. Shoppers see prices converted at these rates.")
    String rates_lead(String base);

    @Message("Rates saved, dated today.")
    String rates_saved();

    @Message("The shop sells in {base} only; add currencies in the brand's settings.")
    String rates_only_base(String base);

    @Message("Currency")
    String rates_currency();

    @Message("{currency} for 1 {base}")
    String rates_rate_of(String base, String currency);

    @Message("Set on")
    String rates_dated();

    @Message("no rate: no prices shown")
    String rates_none();

    @Message("Save the rates")
    String rates_save();

    @Message("A rate typed here overrides the reference feed. Leave it empty to follow the feed; without a feed rate the currency then has no rate.")
    String rates_hint();

    // --- portal: orders, parcels to send, shipping, product photos ---

    @Message("Orders to send")
    String fulfilments_title();

    @Message("Each parcel holds what shoppers bought from your workshop. Accept it when you start, then send it with a tracking number.")
    String fulfilments_lead();

    @Message("No orders to send yet.")
    String fulfilments_none();

    @Message("Parcel for order {number}")
    String fulfilment_of_order(String number);

    @Message("{#when status}{#is 'pending'}New{#is 'accepted'}Accepted{#is 'shipped'}Shipped{#else}Delivered{/when}")
    String fulfilment_status(String status);

    @Message("{#when code}{#is 'shipment'}Enter both the carrier and the tracking number.{#else}Nothing was done: this parcel changed meanwhile. Here it is as it is now.{/when}")
    String fulfilment_refused(String code);

    @Message("Send to")
    String fulfilment_send_to();

    @Message("Your share")
    String fulfilment_share();

    @Message("Accept")
    String fulfilment_accept();

    @Message("Carrier")
    String fulfilment_carrier();

    @Message("Tracking number")
    String fulfilment_tracking();

    @Message("Mark as shipped")
    String fulfilment_ship();

    @Message("Mark as delivered")
    String fulfilment_deliver();

    @Message("Orders")
    String orders_title();

    @Message("All")
    String orders_all();

    @Message("Show")
    String orders_filter();

    @Message("No orders.")
    String orders_none();

    @Message("Order")
    String orders_number();

    @Message("Placed")
    String orders_placed();

    @Message("The order is split into one parcel per workshop once it is paid.")
    String orders_parcels_after_payment();

    @Message("Nothing was done: this order is now \"{status}\".")
    String order_refused(String status);

    @Message("Confirm payment received")
    String order_confirm_payment();

    @Message("Cancel the order")
    String order_cancel();

    @Message("Confirm once {total} with the reference {number} is on the brand's account. Cancelling returns the items to stock.")
    String order_confirm_hint(String total, String number);

    @Message("History")
    String order_history();

    @Message("When")
    String order_history_when();

    @Message("Change")
    String order_history_change();

    @Message("By")
    String order_history_who();

    @Message("Shipping")
    String shipping_title();

    @Message("Where the brand ships and what each parcel costs, in {base}. Saving replaces the whole table.")
    String shipping_lead(String base);

    @Message("Shipping saved.")
    String shipping_saved();

    @Message("Who sends the parcels abroad")
    String shipping_model();

    @Message("Each workshop sends its own parcel")
    String shipping_model_per_member();

    @Message("The workshops deliver to the brand's hub, which sends one parcel")
    String shipping_model_hub();

    @Message("Zones and rates")
    String shipping_zones();

    @Message("Zone")
    String shipping_zone();

    @Message("Countries")
    String shipping_countries();

    @Message("Every workshop")
    String shipping_every_workshop();

    @Message("Per parcel, {currency}")
    String shipping_per_parcel(String currency);

    @Message("Per kg, {currency}")
    String shipping_per_kg(String currency);

    @Message("Row {row}")
    String shipping_row(int row);

    @Message("{#when code}{#is 'zone'}give the zone a name{#is 'countries'}countries are two-letter codes separated by commas, like FR, DE, or * for the whole world{#is 'days'}delivery days are like 5-9 (from 1 to 365){#else}amounts are prices like 12.50{/when}")
    String shipping_problem(String code);

    @Message("One rate per row. Rows with the same zone name form one zone; leave its countries empty after the first row. A row for one workshop overrides the rate for every workshop. Empty rows are ignored.")
    String shipping_hint();

    @Message("Save shipping")
    String shipping_save();

    @Message("{#when result}{#is 'added'}Photo added.{#is 'removed'}Photo removed.{#is 'type'}That file is not a photo Canopy can take. Send a JPEG, PNG or WebP picture.{#is 'size'}The photo is too large: at most 10 MB.{#is 'damaged'}The photo is damaged or incomplete, or its description is too long. Please try again.{#is 'full'}A product shows at most 12 photos. Remove one first.{#is 'unavailable'}Photos cannot be stored just now. Please try again in a few minutes.{#else}Choose a photo first.{/when}")
    String photo_result(String result);

    @Message("Remove")
    String photo_remove();

    @Message("photo {number}")
    String photo_number(int number);

    @Message("Photo (take one or choose a file)")
    String photo_file();

    @Message("What the photo shows")
    String photo_alt();

    @Message("A few words for people who cannot see it, like \"red kilim on the loom\".")
    String photo_alt_hint();

    @Message("Add the photo")
    String photo_upload();

    @Message("No zones yet: the shop ships everywhere, with shipping included in prices.")
    String shipping_unset();

    @Message("Workshop's share")
    String order_member_share();

    // --- Parcel papers (portal) ---

    @Message("Papers:")
    String papers_label();

    @Message("customs declaration")
    String papers_declaration();

    @Message("commercial invoice")
    String papers_invoice();
}

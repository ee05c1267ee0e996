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
}

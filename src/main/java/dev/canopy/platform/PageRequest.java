package dev.canopy.platform;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The contract's paging parameters: {@code page} from 0 and {@code size} up to 100. Pages end at
 * {@value #LAST_PAGE}, so that the offset (page × size) stays far inside an int.
 */
public class PageRequest {

    public static final int LAST_PAGE = 100_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(LAST_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    public int size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }
}

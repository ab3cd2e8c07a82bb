import type { Page } from "@playwright/test";

export const results = (page: Page) => page.getByRole("list", { name: "Kết quả tìm kiếm" }).getByRole("listitem");
export const resultCount = (page: Page) => page.getByTestId("result-count");
export const titles = (page: Page) => results(page).getByRole("heading").allTextContents();
/** Parameters of the page's current URL. */
export const params = (page: Page) => new URL(page.url()).searchParams;

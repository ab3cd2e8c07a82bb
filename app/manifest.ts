import type { MetadataRoute } from "next";

/** The web-app manifest: "Add to home screen" opens the search. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Tra cứu — kho bài viết công tác dân vận",
    short_name: "Tra cứu",
    description: "Tìm kiếm bài viết về công tác dân vận, có dấu hoặc không dấu.",
    lang: "vi",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#b91c1c",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml" }],
  };
}

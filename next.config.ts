import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The search artifact is read from disk at run time; keep it out of the bundles.
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;

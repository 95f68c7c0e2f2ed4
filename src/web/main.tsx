import "@mantine/core/styles.css";
import "@mantine/dates/styles.css";
import "@mantine/notifications/styles.css";
import "./styles.css";
import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ThemedProviders } from "./components/themed-providers.tsx";
import { isApiError, setUnauthorizedHandler } from "./lib/api.ts";
import { safeRedirect } from "./lib/safe-redirect.ts";
import { createAppRouter } from "./router.tsx";

const queryClient = new QueryClient({
  queryCache: new QueryCache(),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: true,
      // Retrying a 4xx cannot help; network blips and 5xx get two more tries.
      retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
    },
    mutations: { retry: false },
  },
});

const router = createAppRouter(queryClient);

const PUBLIC_PATHS = ["/sign-in", "/forgot-password", "/reset-password", "/invite/", "/dev/"];

// A 401 from any API call means the session ended (expired, signed out elsewhere): sign in again.
setUnauthorizedHandler(() => {
  const { pathname, href } = router.state.location;
  if (PUBLIC_PATHS.some((p) => pathname.startsWith(p))) return;
  void router
    .navigate({ to: "/sign-in", search: { redirect: safeRedirect(href) } })
    .then(() => queryClient.clear());
});

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ThemedProviders>
        <RouterProvider router={router} />
      </ThemedProviders>
    </QueryClientProvider>
  </StrictMode>,
);

import { Button } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import type { StockBatch } from "../../../shared/contracts/stock.ts";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { errorMessage } from "../../lib/api.ts";
import { useSetArchived } from "./stock-api.ts";

const describe = (b: StockBatch) => `${b.brand} ${b.product}, lot ${b.lot}`;

/** Archive with a confirmation and an Undo in the notice; unarchive directly. */
export function useArchiveActions() {
  const setArchived = useSetArchived();
  const [asking, setAsking] = useState<StockBatch | null>(null);

  const fail = (error: unknown) =>
    notifications.show({ color: "red", title: "Could not save", message: errorMessage(error) });

  const unarchive = (b: StockBatch) =>
    setArchived.mutate(
      { id: b.id, archived: false },
      {
        onSuccess: () =>
          notifications.show({ color: "green", title: "Batch back in use", message: describe(b) }),
        onError: fail,
      },
    );

  const confirm = () => {
    const b = asking;
    if (!b) return;
    setArchived.mutate(
      { id: b.id, archived: true },
      {
        onSuccess: () => {
          setAsking(null);
          const id = notifications.show({
            color: "gray",
            title: "Batch archived",
            autoClose: 8000,
            message: (
              <>
                {describe(b)} can no longer be picked.{" "}
                <Button
                  variant="subtle"
                  size="compact-xs"
                  onClick={() => {
                    notifications.hide(id);
                    unarchive(b);
                  }}
                >
                  Undo
                </Button>
              </>
            ),
          });
        },
        onError: fail,
      },
    );
  };

  const dialog = (
    <ConfirmDialog
      opened={asking !== null}
      title="Archive this batch?"
      confirmLabel="Archive"
      loading={setArchived.isPending}
      onConfirm={confirm}
      onClose={() => setAsking(null)}
    >
      {asking && (
        <>
          {describe(asking)} will no longer be offered when recording a session. Records that
          already use it keep it, and its recall list stays available. You can unarchive it later.
        </>
      )}
    </ConfirmDialog>
  );

  return { ask: setAsking, unarchive, dialog };
}

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "clientMutationId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Event_workspaceId_clientMutationId_key" ON "Event"("workspaceId", "clientMutationId");


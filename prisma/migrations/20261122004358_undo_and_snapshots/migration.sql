-- CreateEnum
CREATE TYPE "UndoState" AS ENUM ('DONE', 'UNDONE');

-- CreateTable
CREATE TABLE "UndoEntry" (
    "eventId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "state" "UndoState" NOT NULL DEFAULT 'DONE',
    "version" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UndoEntry_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "BoardSnapshot" (
    "workspaceId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "tasks" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoardSnapshot_pkey" PRIMARY KEY ("workspaceId","version")
);

-- CreateIndex
CREATE INDEX "UndoEntry_workspaceId_userId_state_idx" ON "UndoEntry"("workspaceId", "userId", "state");


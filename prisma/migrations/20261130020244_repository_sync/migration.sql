-- Repository sync (issue #7): a linked repository per workspace, its syncs with their progress steps, and the
-- code reference on tasks imported from TODO comments. Additive only.

-- CreateEnum
CREATE TYPE "RepositoryProvider" AS ENUM ('GITHUB', 'LOCAL_GIT');

-- CreateEnum
CREATE TYPE "RepositorySyncStatus" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RepositorySyncPhase" AS ENUM ('RESOLVE_HEAD', 'FETCH_TREE', 'SCAN_FILES', 'UPSERT_TASKS', 'CLOSE_REMOVED', 'FINISH');

-- AlterTable
ALTER TABLE "Task" ADD COLUMN "codeRef" JSONB;

-- CreateTable
CREATE TABLE "Repository" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "provider" "RepositoryProvider" NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT,
    "path" TEXT,
    "defaultBranch" TEXT NOT NULL,
    "encryptedToken" TEXT,
    "linkedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "linkedById" TEXT NOT NULL,

    CONSTRAINT "Repository_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepositorySync" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "repositoryKey" TEXT NOT NULL,
    "provider" "RepositoryProvider" NOT NULL,
    "branch" TEXT NOT NULL,
    "headSha" TEXT,
    "status" "RepositorySyncStatus" NOT NULL DEFAULT 'QUEUED',
    "phase" "RepositorySyncPhase" NOT NULL DEFAULT 'RESOLVE_HEAD',
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "filesTotal" INTEGER NOT NULL DEFAULT 0,
    "filesScanned" INTEGER NOT NULL DEFAULT 0,
    "filesSkipped" INTEGER NOT NULL DEFAULT 0,
    "todosFound" INTEGER NOT NULL DEFAULT 0,
    "tasksCreated" INTEGER NOT NULL DEFAULT 0,
    "tasksUpdated" INTEGER NOT NULL DEFAULT 0,
    "tasksClosed" INTEGER NOT NULL DEFAULT 0,
    "tasksReopened" INTEGER NOT NULL DEFAULT 0,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "retryAt" TIMESTAMP(3),
    "startedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "previousSyncId" TEXT,

    CONSTRAINT "RepositorySync_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepositorySyncProgress" (
    "syncId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "status" "RepositorySyncStatus" NOT NULL,
    "phase" "RepositorySyncPhase" NOT NULL,
    "progress" DOUBLE PRECISION NOT NULL,
    "filesScanned" INTEGER NOT NULL,
    "filesTotal" INTEGER NOT NULL,
    "message" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RepositorySyncProgress_pkey" PRIMARY KEY ("syncId","sequence")
);

-- CreateIndex
CREATE UNIQUE INDEX "Repository_workspaceId_key" ON "Repository"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "RepositorySync_previousSyncId_key" ON "RepositorySync"("previousSyncId");

-- CreateIndex
CREATE INDEX "RepositorySync_workspaceId_createdAt_idx" ON "RepositorySync"("workspaceId", "createdAt");

-- One QUEUED or RUNNING sync per workspace: of concurrent starts exactly one inserts (not in schema.prisma,
-- which cannot express a partial index).
CREATE UNIQUE INDEX "RepositorySync_one_active_per_workspace" ON "RepositorySync"("workspaceId")
    WHERE "status" IN ('QUEUED', 'RUNNING');

-- AddForeignKey
ALTER TABLE "Repository" ADD CONSTRAINT "Repository_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Repository" ADD CONSTRAINT "Repository_linkedById_fkey" FOREIGN KEY ("linkedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepositorySync" ADD CONSTRAINT "RepositorySync_previousSyncId_fkey" FOREIGN KEY ("previousSyncId") REFERENCES "RepositorySync"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepositorySync" ADD CONSTRAINT "RepositorySync_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepositorySync" ADD CONSTRAINT "RepositorySync_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepositorySyncProgress" ADD CONSTRAINT "RepositorySyncProgress_syncId_fkey" FOREIGN KEY ("syncId") REFERENCES "RepositorySync"("id") ON DELETE CASCADE ON UPDATE CASCADE;

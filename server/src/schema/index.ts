import { lexicographicSortSchema } from "graphql";
import { builder } from "./builder.js";
import "./enums.js";
import "./user.js";
import "./auth.js";
import "./workspace.js";
import "./member.js";
import "./invitation.js";
import "./task.js";
import "./label.js";
import "./search.js";
import "./analytics.js";
import "./activity.js";
import "./subscriptions.js";
import "./history.js";
import "./presence.js";
import "./calendar.js";

export const schema = lexicographicSortSchema(builder.toSchema());

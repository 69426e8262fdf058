/**
 * The workbench's analysis actions: jobs of the Full SMS family built from the engines and the preferences,
 * particle scopes (current / selected / all), and what the UI keeps beside the state (IRFs, correlograms).
 */
package org.fullsms.ui.actions;

// Registry mutations: verb-first, one `input`, a payload. Each delegates to a command that
// validates, checks the role, writes atomically and appends to the audit log.
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { todayInBishkek } from '../../clock.js';
import type { Context } from '../../context.js';
import { addInformationSystem, addPersonalDataArray, removeInformationSystem, removePersonalDataArray, updateInformationSystem, updatePersonalDataArray } from './array.commands.js';
import { AddInformationSystemInput, AddPersonalDataArrayInput, RemoveInput, UpdateInformationSystemInput, UpdatePersonalDataArrayInput } from './array.inputs.js';
import { advanceRegistration, registerHolder, updateHolder } from './holder.commands.js';
import { ApproveRegistrationInput, DeregisterHolderInput, RegisterHolderInput, RegistrationStepInput, UpdateHolderInput } from './holder.inputs.js';
import { HolderPayload, InformationSystemPayload, PersonalDataArrayPayload, RemovalPayload } from './holder.types.js';

@Resolver()
export class RegistryMutations {
  @Mutation(() => HolderPayload, { description: 'Enter a holder in the hub (ADMIN, INSPECTOR).' })
  async registerHolder(@Arg('input', { description: 'The holder.' }) input: RegisterHolderInput, @Ctx() ctx: Context) {
    return { holder: await registerHolder(ctx.em, ctx.viewer, { ...input }) };
  }

  @Mutation(() => HolderPayload, { description: "Change a holder's fields (ADMIN, INSPECTOR, or the holder itself)." })
  async updateHolder(@Arg('input', { description: 'The changes.' }) input: UpdateHolderInput, @Ctx() ctx: Context) {
    return { holder: await updateHolder(ctx.em, ctx.viewer, { ...input }) };
  }

  @Mutation(() => HolderPayload, { description: 'Registration stage 1: the holder submits its application (the holder itself, ADMIN, INSPECTOR).' })
  async submitRegistrationApplication(@Arg('input', { description: 'The step.' }) input: RegistrationStepInput, @Ctx() ctx: Context) {
    return { holder: await advanceRegistration(ctx.em, ctx.viewer, 'SUBMIT_APPLICATION', input, todayInBishkek()) };
  }

  @Mutation(() => HolderPayload, { description: 'Registration stage 2: entry in the Registry with a number (ADMIN, INSPECTOR).' })
  async approveRegistration(@Arg('input', { description: 'The step.' }) input: ApproveRegistrationInput, @Ctx() ctx: Context) {
    return { holder: await advanceRegistration(ctx.em, ctx.viewer, 'REGISTER', input, todayInBishkek()) };
  }

  @Mutation(() => HolderPayload, { description: 'Registration stage 3: approval of the lists of personal data (ADMIN, INSPECTOR).' })
  async approvePersonalDataLists(@Arg('input', { description: 'The step.' }) input: RegistrationStepInput, @Ctx() ctx: Context) {
    return { holder: await advanceRegistration(ctx.em, ctx.viewer, 'APPROVE_LISTS', input, todayInBishkek()) };
  }

  @Mutation(() => HolderPayload, { description: 'Remove a holder from the Registry, with a reason (ADMIN, INSPECTOR).' })
  async deregisterHolder(@Arg('input', { description: 'The step and its reason.' }) input: DeregisterHolderInput, @Ctx() ctx: Context) {
    return { holder: await advanceRegistration(ctx.em, ctx.viewer, 'DEREGISTER', input, todayInBishkek()) };
  }

  @Mutation(() => PersonalDataArrayPayload, { description: 'Add an array to a holder.' })
  async addPersonalDataArray(@Arg('input', { description: 'The array.' }) input: AddPersonalDataArrayInput, @Ctx() ctx: Context) {
    return { personalDataArray: await addPersonalDataArray(ctx.em, ctx.viewer, { ...input }) };
  }

  @Mutation(() => PersonalDataArrayPayload, { description: 'Change an array.' })
  async updatePersonalDataArray(@Arg('input', { description: 'The changes.' }) input: UpdatePersonalDataArrayInput, @Ctx() ctx: Context) {
    return { personalDataArray: await updatePersonalDataArray(ctx.em, ctx.viewer, { ...input }) };
  }

  @Mutation(() => RemovalPayload, { description: 'Remove an array.' })
  async removePersonalDataArray(@Arg('input', { description: 'What to remove.' }) input: RemoveInput, @Ctx() ctx: Context) {
    return { removedId: await removePersonalDataArray(ctx.em, ctx.viewer, input) };
  }

  @Mutation(() => InformationSystemPayload, { description: 'Add an information system to a holder.' })
  async addInformationSystem(@Arg('input', { description: 'The system.' }) input: AddInformationSystemInput, @Ctx() ctx: Context) {
    return { informationSystem: await addInformationSystem(ctx.em, ctx.viewer, { ...input }) };
  }

  @Mutation(() => InformationSystemPayload, { description: 'Change an information system.' })
  async updateInformationSystem(@Arg('input', { description: 'The changes.' }) input: UpdateInformationSystemInput, @Ctx() ctx: Context) {
    return { informationSystem: await updateInformationSystem(ctx.em, ctx.viewer, { ...input }) };
  }

  @Mutation(() => RemovalPayload, { description: 'Remove an information system.' })
  async removeInformationSystem(@Arg('input', { description: 'What to remove.' }) input: RemoveInput, @Ctx() ctx: Context) {
    return { removedId: await removeInformationSystem(ctx.em, ctx.viewer, input) };
  }
}
